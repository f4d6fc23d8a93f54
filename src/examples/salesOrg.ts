/**
 * A complete sample sales department for stories, tests and docs. The wording is
 * our own; the shape of each role follows one or more of the fifteen job
 * descriptions in the seed (`sales-department-roles.txt`), numbered 1–15 in the
 * order they appear there:
 *
 *   sales-director              Sales Director                          #6, #7 (department systems, policy, training)
 *   assistant-sales-director    Assistant Sales Director                #5 (duties, authority, four-phase workflow)
 *   director-assistant          Assistant to the Sales Director         #10 (back-office support)
 *   sales-admin-head            Head of Sales Administration            #8 (basic work, sales plan, market analysis, bidding)
 *   sales-administrator         Sales Administrator                     #2 (duties plus fines per missed duty)
 *   order-coordinator           Order and After-Sales Coordinator       #12
 *   bid-coordinator             Tender Coordinator (vacant)             #8 bidding, #13 tender searches
 *   sales-manager-north         Sales Manager, North Region             #3, #9
 *   sales-manager-east          Sales Manager, East Region              #7
 *   sales-manager-south         Sales Manager, South Region             #3 (export orders), #9
 *   sales-assistant-north       Sales Assistant, North                  #15 (deputy to the manager)
 *   sales-assistant-east        Sales Assistant, East                   #13 (tracking, contracts, invoices)
 *   sales-assistant-south       Sales Assistant, South (vacant)         #13, #15
 *   ka-supervisor               Channel and Key Account Supervisor      #11
 *   rep-north-beijing           Sales Representative, Beijing           #1
 *   rep-north-tianjin           Sales Representative, Tianjin (vacant)  #1
 *   rep-east-suizhou            Sales Representative, Suizhou           #1
 *   rep-east-shanghai           Dealer Sales Representative, Shanghai   #4 (a job share)
 *   rep-south-guangzhou         Sales Representative, Guangzhou         #4, #1
 *   showroom-consultant         Showroom Sales Consultant               #14
 *
 * Several seed ads ask for an age range or "good health". Those are not qualifications a
 * showcase should model (age and health requirements are unlawful discrimination in most
 * jurisdictions), so this sample leaves them out and keeps only what the job needs
 * (travel). The schema keeps the `age` and `health` categories so imported documents lose
 * nothing; `salesOrgZh` stays faithful to its source and still uses them.
 */
import { defaultWorkflow } from './defaultWorkflow';
import type { Org, Person, Role } from '../model/schema';

/**
 * A generated picture for the two people who "have a photo": their initials, white on a
 * colour both pass AA against, inline so stories never fetch anything. A flat disc said
 * nothing about who it was; these still exercise the image path (decode, size, crop to a
 * circle) that the other people's component-drawn initials skip. Square: the card crops.
 */
const initialsAvatar = (initials: string, hex: string) =>
  `data:image/svg+xml;utf8,${encodeURIComponent(
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 64 64"><rect width="64" height="64" fill="#${hex}"/>` +
      `<text x="32" y="33" dominant-baseline="middle" text-anchor="middle" fill="#fff" font-family="system-ui,-apple-system,'Segoe UI',Roboto,'PingFang SC','Microsoft YaHei',sans-serif" font-size="26" font-weight="600">${initials}</text></svg>`,
  )}`;

const people: Person[] = [
  { id: 'p-margaret-hale', name: 'Margaret Hale', email: 'margaret.hale@example.com', phone: '+86 10 5555 0101', location: 'Beijing' },
  {
    id: 'p-daniel-ross',
    name: 'Daniel Ross',
    email: 'daniel.ross@example.com',
    phone: '+86 10 5555 0102',
    location: 'Beijing',
    avatarUrl: initialsAvatar('DR', '0f766e'),
  },
  { id: 'p-wang-fang', name: '王芳', email: 'wang.fang@example.com', phone: '+86 10 5555 0103', location: 'Beijing' },
  { id: 'p-olivia-grant', name: 'Olivia Grant', email: 'olivia.grant@example.com', phone: '+86 10 5555 0110', location: 'Beijing' },
  { id: 'p-sophie-lang', name: 'Sophie Lang', email: 'sophie.lang@example.com', location: 'Beijing' },
  { id: 'p-anna-fischer', name: 'Anna Fischer', email: 'anna.fischer@example.com', phone: '+86 10 5555 0112' },
  { id: 'p-thomas-reed', name: 'Thomas Reed', email: 'thomas.reed@example.com', phone: '+86 10 5555 0120', location: 'Beijing' },
  {
    id: 'p-li-na',
    name: '李娜',
    email: 'li.na@example.com',
    phone: '+86 21 5555 0130',
    location: 'Shanghai',
    avatarUrl: initialsAvatar('李', '9a3412'),
  },
  { id: 'p-samuel-okafor', name: 'Samuel Okafor', email: 'samuel.okafor@example.com', phone: '+86 20 5555 0140', location: 'Guangzhou' },
  { id: 'p-emma-clarke', name: 'Emma Clarke', email: 'emma.clarke@example.com', phone: '+86 10 5555 0121' },
  { id: 'p-michael-young', name: 'Michael Young', email: 'michael.young@example.com', location: 'Shanghai' },
  { id: 'p-zhang-wei', name: '张伟', email: 'zhang.wei@example.com', phone: '+86 21 5555 0135', location: 'Shanghai' },
  { id: 'p-james-turner', name: 'James Turner', email: 'james.turner@example.com', phone: '+86 10 5555 0125', location: 'Beijing' },
  { id: 'p-hannah-brooks', name: 'Hannah Brooks', email: 'hannah.brooks@example.com', phone: '+86 722 5555 0150', location: 'Suizhou' },
  { id: 'p-lucy-hart', name: 'Lucy Hart', email: 'lucy.hart@example.com', location: 'Shanghai' },
  { id: 'p-ben-carter', name: 'Ben Carter', phone: '+86 21 5555 0137', location: 'Shanghai' },
  { id: 'p-rachel-kim', name: 'Rachel Kim', email: 'rachel.kim@example.com', phone: '+86 20 5555 0145', location: 'Guangzhou' },
  { id: 'p-george-patel', name: 'George Patel', email: 'george.patel@example.com', location: 'Guangzhou' },
];

const roles: Role[] = [
  /* ------------------------------------------------------------------ Leadership */
  {
    id: 'sales-director',
    title: 'Sales Director',
    department: 'Sales',
    level: 'director',
    location: 'Beijing',
    reportsTo: null,
    holderIds: ['p-margaret-hale'],
    summary:
      'Leads the whole sales department: sets sales policy and targets, owns the budget and answers to the general manager for revenue and cash collected.',
    authority: [
      'Approves the annual sales plan, budget and pricing policy for the department.',
      'Appoints, promotes and removes managers within the department.',
      'Signs contracts above the limits delegated to regional managers.',
    ],
    accountabilities: ['Annual revenue and collection targets set by the company.', 'Sales cost as a share of revenue.'],
    responsibilities: [
      {
        id: 'dir-policy',
        title: 'Policy and planning',
        items: [
          { id: 'dir-1', text: "Turn the company's yearly goals into a sales plan for the department and see that it is delivered." },
          {
            id: 'dir-2',
            text: 'Set and review the sales policy for each region.',
            children: [
              { id: 'dir-2-1', text: 'Targets, sales models and pricing rules.' },
              { id: 'dir-2-2', text: 'Budgets, appraisal methods and bonuses for sales staff.' },
            ],
          },
          { id: 'dir-3', text: 'Move people and budget between regions so that the department gets the best return on what it spends.' },
        ],
      },
      {
        id: 'dir-systems',
        title: 'Department systems',
        items: [
          { id: 'dir-4', text: 'Keep the management rules, job descriptions and operating procedures of the department up to date, and check they are followed.' },
          { id: 'dir-5', text: 'Make sure every employee gets the product and sales training their post needs.' },
          { id: 'dir-6', text: 'Oversee after-sales service and the handling of serious customer complaints.' },
        ],
      },
    ],
    meta: { costCentre: 'CC-4100' },
  },
  {
    id: 'assistant-sales-director',
    title: 'Assistant Sales Director',
    alternateTitles: ['Marketing Manager'],
    department: 'Sales',
    level: 'director',
    location: 'Beijing',
    reportsTo: 'sales-director',
    holderIds: ['p-daniel-ross'],
    summary:
      "Supports the director across the whole department and stands in for them when needed; owns market development and the department's marketing plan.",
    authority: [
      "Directs, coordinates and supervises any work that falls within the department's remit.",
      'Approves campaign plans and marketing spending within the budget the director has delegated.',
      'Proposes rewards, penalties and staff changes for marketing personnel.',
    ],
    accountabilities: [
      'Answers in full for every piece of work they take on.',
      'The annual business targets the company sets for the department.',
      'Department spending staying within budget.',
    ],
    responsibilities: [
      {
        id: 'asd-strategy',
        title: 'Market strategy and planning',
        items: [
          { id: 'asd-1', text: "Lead the development and management of the department's markets." },
          { id: 'asd-2', text: 'Help shape the yearly market development strategy from company strategy and industry intelligence, and revise it when conditions change.' },
          { id: 'asd-3', text: 'Turn the yearly strategy into an annual plan, adjust it as the market moves, and see it carried out.' },
          { id: 'asd-4', text: "Draw up the department's monthly work plan so that the company's annual targets are met." },
          { id: 'asd-5', text: "Plan the department's sales value and budget by year, quarter and month." },
          { id: 'asd-6', text: 'Research market prices and how much room for growth each market still has.' },
        ],
      },
      {
        id: 'asd-team',
        title: 'Team and performance',
        items: [
          { id: 'asd-7', text: "Build and refine the department's business processes, and check that they are followed so quality and speed keep improving." },
          { id: 'asd-8', text: "Help design the department's appraisal system so that extra effort is recognised and rewarded." },
          { id: 'asd-9', text: 'Assess, rate and motivate the marketing staff.' },
          { id: 'asd-10', text: 'Look for better ways of managing the team that lift sales volume.' },
          { id: 'asd-11', text: 'Produce statistics on sales performance district by district.' },
        ],
      },
      {
        id: 'asd-customers',
        title: 'Customers and campaigns',
        items: [
          { id: 'asd-12', text: 'Take each campaign from plan to close: launch it, supervise it, adjust it and write up the results.' },
          { id: 'asd-13', text: 'Join key negotiations and look after major customer relationships to win their support and insight.' },
          { id: 'asd-14', text: 'Seek out customer information through every useful channel, pass it on and suggest what to do with it.' },
          { id: 'asd-15', text: 'Once a deposit arrives, push the customer to arrange loading and collection promptly and at the lowest cost.' },
          { id: 'asd-16', text: 'Run regular and ad-hoc reviews of customer follow-up visits.' },
        ],
      },
      {
        id: 'asd-coordination',
        title: 'Coordination and reporting',
        items: [
          { id: 'asd-17', text: 'Keep joint work with other departments, inside and outside the company, running to plan.' },
          { id: 'asd-18', text: 'Keep department spending under control so that a small outlay buys a large return.' },
          { id: 'asd-19', text: 'Prepare and hand in all required reports completely, accurately and on time.' },
          { id: 'asd-20', text: 'Handle other routine and one-off tasks the director assigns.' },
        ],
      },
    ],
    qualifications: [
      { id: 'asd-q1', text: "Bachelor's degree in marketing, business or a related field.", kind: 'required', category: 'education' },
      { id: 'asd-q2', text: 'At least five years in sales, including two leading a regional team.', kind: 'required', category: 'experience' },
      { id: 'asd-q3', text: 'Confident with market data, budgets and written plans.', kind: 'required', category: 'skill' },
      { id: 'asd-q4', text: 'An MBA or a marketing qualification.', kind: 'preferred', category: 'education' },
    ],
    workflow: defaultWorkflow,
  },
  {
    id: 'director-assistant',
    title: 'Assistant to the Sales Director',
    department: 'Sales',
    level: 'assistant',
    location: 'Beijing',
    reportsTo: 'sales-director',
    assistant: true,
    holderIds: ['p-wang-fang'],
    summary:
      'Handles the back-office work behind the director and the regional managers, from stamping documents and sending out notices to checking expense claims.',
    responsibilities: [
      {
        id: 'da-records',
        title: 'Records and data',
        items: [
          { id: 'da-1', text: 'File sales documents by type so that any of them can be found quickly.' },
          { id: 'da-2', text: 'Keep sales figures organised and answer questions about sales trends from managers at short notice.' },
          { id: 'da-3', text: "Compile each salesperson's weekly figures and file the supporting papers." },
          { id: 'da-4', text: 'Keep customer files tidy and check that data entered into the system is correct.' },
        ],
      },
      {
        id: 'da-money',
        title: 'Expenses and payments',
        items: [
          { id: 'da-5', text: 'Do a first check of sales and marketing expense claims before the director signs them, and keep a history of each claim.' },
          { id: 'da-6', text: 'Split shared costs between regions and pass reimbursements to finance.' },
          { id: 'da-7', text: 'Confirm that funds promised to customers for service work have actually been paid.' },
        ],
      },
      {
        id: 'da-meetings',
        title: 'Meetings and visitors',
        items: [
          { id: 'da-8', text: 'Organise the weekly department meeting and take the minutes.' },
          { id: 'da-9', text: 'When a regional manager asks, plan and host visits by important customers to the Beijing office.' },
          { id: 'da-10', text: 'Help the director run market events and trade shows.' },
          { id: 'da-11', text: 'Send out sample books, stamp documents and circulate notices.' },
        ],
      },
    ],
    qualifications: [
      { id: 'da-q1', text: 'Good with spreadsheets and office software.', kind: 'required', category: 'skill' },
      { id: 'da-q2', text: 'Tidy, discreet and reliable with deadlines.', kind: 'required', category: 'trait' },
    ],
  },

  /* ------------------------------------------------------------------ Sales administration */
  {
    id: 'sales-admin-head',
    title: 'Head of Sales Administration',
    alternateTitles: ['Sales Department Minister'],
    department: 'Sales Administration',
    level: 'manager',
    location: 'Beijing',
    reportsTo: 'sales-director',
    holderIds: ['p-olivia-grant'],
    summary: "Runs the department's groundwork: records and procedures, the sales plan, market information and the commercial side of tenders.",
    accountabilities: ['Sales plan delivered on time and contracts fulfilled as signed.', 'Tenders submitted complete and on time.'],
    responsibilities: [
      {
        id: 'sah-basic',
        title: 'Basic work',
        items: [
          {
            id: 'sah-1',
            text: 'Keep the department well organised.',
            children: [
              { id: 'sah-1-1', text: 'The structure and management rules are complete and every post has clearly written duties.' },
              { id: 'sah-1-2', text: 'Core records are complete and every file is in order.' },
            ],
          },
          { id: 'sah-2', text: 'Set and refine work procedures for each post, with clear standards and a way of appraising the people in them.' },
          {
            id: 'sah-3',
            text: 'Build an internal information network that gives company leaders accurate, useful data for decisions.',
            children: [
              { id: 'sah-3-1', text: 'A register of customers and where they are.' },
              { id: 'sah-3-2', text: 'Market intelligence, kept current.' },
              { id: 'sah-3-3', text: 'Sales figures, updated at least weekly.' },
            ],
          },
          { id: 'sah-4', text: 'Organise training for the department.' },
        ],
      },
      {
        id: 'sah-plan',
        title: 'Sales plan',
        items: [
          {
            id: 'sah-5',
            text: 'Draft the annual and quarterly sales plans.',
            children: [
              { id: 'sah-5-1', text: "Base them on the company's production and business goals and on market research and forecasts." },
              { id: 'sah-5-2', text: 'Make them forward-looking, well reasoned and achievable.' },
            ],
          },
          { id: 'sah-6', text: 'When the market shifts, put adjustment proposals or analysis in writing so leaders can revise the plan.' },
          { id: 'sah-7', text: 'Drive sales against the plan and act early to protect both the plan and the rate at which contracts are fulfilled.' },
        ],
      },
      {
        id: 'sah-market',
        title: 'Market analysis',
        items: [
          {
            id: 'sah-8',
            text: 'Research demand at home and abroad.',
            children: [
              { id: 'sah-8-1', text: 'Who is ordering, which products, in what quantities and at what target prices.' },
              { id: 'sah-8-2', text: 'What competitors in the same industry are doing.' },
            ],
          },
          {
            id: 'sah-9',
            text: 'Sort and filter the information gathered.',
            children: [
              { id: 'sah-9-1', text: 'Give each valuable lead a named owner who follows it up.' },
              { id: 'sah-9-2', text: 'Separate the important from the routine, then summarise and archive it.' },
            ],
          },
          {
            id: 'sah-10',
            text: 'Keep in regular contact with customers and show them what the company can do.',
            children: [
              { id: 'sah-10-1', text: 'Share our credit standing, product specifications and development capability.' },
              { id: 'sah-10-2', text: 'Explain how after-sales service is organised, to open the door to further business.' },
            ],
          },
        ],
      },
      {
        id: 'sah-bidding',
        title: 'Bidding',
        items: [
          {
            id: 'sah-11',
            text: 'Work through each tender with the departments involved.',
            children: [
              { id: 'sah-11-1', text: 'Study the tender documents together as soon as they arrive.' },
              { id: 'sah-11-2', text: 'Review them again once they are final, and respond quickly and accurately.' },
            ],
          },
          {
            id: 'sah-12',
            text: 'Prepare and assemble the commercial part of each bid.',
            children: [
              { id: 'sah-12-1', text: 'Every supporting document is present.' },
              { id: 'sah-12-2', text: 'The format follows the standard template and the quality matches the best bids in the industry.' },
            ],
          },
        ],
      },
    ],
    qualifications: [
      { id: 'sah-q1', text: "Bachelor's degree.", kind: 'required', category: 'education' },
      { id: 'sah-q2', text: 'Three years or more in sales operations or tender work.', kind: 'required', category: 'experience' },
      { id: 'sah-q3', text: 'Experience preparing bids for public procurement.', kind: 'preferred', category: 'experience' },
    ],
  },
  {
    id: 'sales-administrator',
    title: 'Sales Administrator',
    department: 'Sales Administration',
    level: 'supervisor',
    location: 'Beijing',
    reportsTo: 'sales-admin-head',
    holderIds: ['p-sophie-lang'],
    summary: "Keeps the department's daily administration, contracts and customer records in order, and answers for the year's cash collection.",
    responsibilities: [
      {
        id: 'sa-admin',
        title: 'Administration',
        items: [
          { id: 'sa-daily', text: 'Run the day-to-day administration of the department.' },
          { id: 'sa-targets', text: "Break the department's yearly objectives down into business targets and track how they are delivered." },
          { id: 'sa-rules', text: "Draft, update and enforce the department's rules and procedures." },
          { id: 'sa-ad-hoc', text: 'Complete other short-term tasks that managers assign.' },
        ],
      },
      {
        id: 'sa-operations',
        title: 'Sales operations',
        items: [
          { id: 'sa-support', text: 'Arrange and coordinate all the support work behind each sale.' },
          { id: 'sa-procedures', text: "Apply the company's review, service-control and customer-satisfaction survey procedures." },
          { id: 'sa-collection', text: "Make sure the year's cash collection target is reached." },
          { id: 'sa-contracts', text: 'Review standard contracts and sign the final versions.' },
          { id: 'sa-records', text: 'Keep the sales ledger and the call log complete and current.' },
        ],
      },
      {
        id: 'sa-customers',
        title: 'Customers and markets',
        items: [
          { id: 'sa-market-survey', text: 'Evaluate at least one new market each year and write up the findings.' },
          { id: 'sa-new-customers', text: 'Explain in writing, with accurate figures, why new customers are or are not being won.' },
          { id: 'sa-feedback', text: 'Log every comment and suggestion from customers and make sure it gets an answer.' },
          { id: 'sa-after-sales', text: "See that after-sales requests are handled promptly, recorded and closed to the customer's satisfaction." },
        ],
      },
    ],
    assessments: [
      {
        id: 'sa-a1',
        text: 'No new market evaluated and no written market survey during the year.',
        penalty: { amount: 50, currency: 'CNY', per: 'year' },
        responsibilityIds: ['sa-market-survey'],
      },
      {
        id: 'sa-a2',
        text: 'No new customers won in a year and no accurate written analysis of why, leading to a loss for the company.',
        penalty: { amount: 10, currency: 'CNY', per: 'occurrence' },
        responsibilityIds: ['sa-new-customers'],
      },
      {
        id: 'sa-a3',
        text: 'A customer comment or suggestion left without a response.',
        penalty: { amount: 50, currency: 'CNY', per: 'occurrence' },
        responsibilityIds: ['sa-feedback'],
      },
      {
        id: 'sa-a4',
        text: 'Sales ledger or call log found incomplete.',
        penalty: { amount: 50, currency: 'CNY', per: 'occurrence' },
        responsibilityIds: ['sa-records'],
      },
      {
        id: 'sa-a5',
        text: 'After-sales request handled late or not recorded, or the customer left dissatisfied.',
        penalty: { amount: 50, currency: 'CNY', per: 'occurrence' },
        responsibilityIds: ['sa-after-sales', 'sa-procedures'],
      },
      {
        id: 'sa-a6',
        text: 'A task assigned by a manager not completed.',
        penalty: { amount: 20, currency: 'CNY', per: 'occurrence' },
        responsibilityIds: ['sa-ad-hoc'],
      },
    ],
  },
  {
    id: 'order-coordinator',
    title: 'Order and After-Sales Coordinator',
    department: 'Sales Administration',
    level: 'supervisor',
    location: 'Beijing',
    reportsTo: 'sales-admin-head',
    holderIds: ['p-anna-fischer'],
    summary: 'Takes a signed contract through production, stock, shipping and payment, then looks after the customer once the goods arrive.',
    responsibilities: [
      {
        id: 'oc-orders',
        title: 'Orders',
        items: [
          { id: 'oc-1', text: 'Receive walk-in and phone enquiries, and prepare and sign sales contracts.' },
          { id: 'oc-2', text: 'Arrange a contract review, informed by current market information, before each order is accepted.' },
          { id: 'oc-3', text: 'Issue a production order to the factory for every signed contract.' },
          { id: 'oc-4', text: 'Set safety stock levels from the sales forecast and request early production in good time.' },
        ],
      },
      {
        id: 'oc-logistics',
        title: 'Warehouse and delivery',
        items: [
          { id: 'oc-5', text: 'Book transport for outgoing orders.' },
          { id: 'oc-6', text: 'Run the finished-goods warehouse.' },
          { id: 'oc-7', text: 'Chase outstanding balances until they are paid.' },
        ],
      },
      {
        id: 'oc-service',
        title: 'After-sales',
        items: [
          { id: 'oc-8', text: 'Handle customer complaints fairly and quickly.' },
          { id: 'oc-9', text: 'Run the customer satisfaction survey and pass the results to management.' },
          { id: 'oc-10', text: 'Keep enough spare parts in stock that customers can always rely on us.' },
        ],
      },
    ],
  },
  {
    id: 'bid-coordinator',
    title: 'Tender Coordinator',
    department: 'Sales Administration',
    level: 'assistant',
    location: 'Beijing',
    reportsTo: 'sales-admin-head',
    holderIds: [],
    summary: 'Finds public tenders for our products and assembles the paperwork for each bid. Open position.',
    responsibilities: [
      {
        id: 'bc-main',
        title: 'Main duties',
        items: [
          { id: 'bc-1', text: 'Search procurement websites for relevant tenders at least three times a week and alert the sales staff who cover each area.' },
          { id: 'bc-2', text: 'Help sales staff answer questions from procurement agencies during a tender.' },
          { id: 'bc-3', text: 'Keep product brochures, company certificates and registration documents ready for every bid.' },
          { id: 'bc-4', text: 'Assemble and check the commercial section of each bid before it is submitted.' },
        ],
      },
    ],
    qualifications: [
      { id: 'bc-q1', text: 'Associate degree or higher.', kind: 'required', category: 'education' },
      { id: 'bc-q2', text: 'Careful with detail and able to work to firm deadlines.', kind: 'required', category: 'trait' },
      { id: 'bc-q3', text: 'Some experience with government procurement.', kind: 'preferred', category: 'experience' },
    ],
  },

  /* ------------------------------------------------------------------ Regional sales: North */
  {
    id: 'sales-manager-north',
    title: 'Sales Manager, North Region',
    department: 'Sales',
    level: 'manager',
    location: 'Beijing',
    reportsTo: 'sales-director',
    holderIds: ['p-thomas-reed'],
    summary: 'Leads sales in Beijing, Tianjin and Hebei, from the yearly budget down to each order and each overdue invoice.',
    authority: ['Approves discounts up to 8% of list price.', 'Signs contracts up to CNY 500,000.'],
    responsibilities: [
      {
        id: 'smn-targets',
        title: 'Targets and budget',
        items: [
          { id: 'smn-1', text: "Turn the region's share of the company target into a yearly expense budget and lead the team to hit it." },
          { id: 'smn-2', text: 'Keep existing customers, win new ones and grow our share of the regional market.' },
          { id: 'smn-3', text: 'Keep sales costs within budget.' },
        ],
      },
      {
        id: 'smn-orders',
        title: 'Orders and contracts',
        items: [
          {
            id: 'smn-4',
            text: 'Every week, collect the orders from each salesperson and build an order plan in delivery order.',
            children: [
              { id: 'smn-4-1', text: "Send the plan to the general manager's office and to production." },
              { id: 'smn-4-2', text: 'Work with production to keep to the agreed delivery dates.' },
            ],
          },
          { id: 'smn-5', text: 'Manage risk across the order process, including customer and quality inspections.' },
          { id: 'smn-6', text: 'Review contracts and approve tenders for the region.' },
          { id: 'smn-7', text: 'See that the team signs contracts properly and collects what customers owe.' },
        ],
      },
      {
        id: 'smn-team',
        title: 'Team',
        items: [
          { id: 'smn-8', text: 'Appraise each salesperson strictly by company rules.' },
          { id: 'smn-9', text: 'Coach the team on products and selling, and set an example in manner and service.' },
          { id: 'smn-10', text: 'Protect company confidential information and hand over properly when changing post.' },
        ],
      },
    ],
    qualifications: [
      { id: 'smn-q1', text: 'Associate degree or higher.', kind: 'required', category: 'education' },
      { id: 'smn-q3', text: 'Able to travel across the region, often for several days at a time.', kind: 'required', category: 'other' },
      { id: 'smn-q4', text: 'Careful, thorough and with a strong sense of responsibility.', kind: 'required', category: 'trait' },
      { id: 'smn-q5', text: 'Strong negotiator who can calm a crisis and build relationships outside the company.', kind: 'required', category: 'skill' },
      { id: 'smn-q6', text: 'Good at finding and qualifying sales leads.', kind: 'required', category: 'skill' },
      { id: 'smn-q7', text: 'Previous experience managing a sales team.', kind: 'preferred', category: 'experience' },
      { id: 'smn-q8', text: 'A degree in chemistry or chemical engineering.', kind: 'preferred', category: 'education' },
    ],
    assessments: [
      {
        id: 'smn-a1',
        text: 'Weekly order plan not sent to production by Monday noon.',
        penalty: { amount: 50, currency: 'CNY', per: 'occurrence' },
        responsibilityIds: ['smn-4'],
      },
      {
        id: 'smn-a2',
        text: 'Regional sales cost above budget for the quarter.',
        penalty: { amount: 200, currency: 'CNY', per: 'quarter' },
        responsibilityIds: ['smn-3'],
      },
      { id: 'smn-a3', text: 'Receivables more than 90 days overdue are reviewed with the director every month.', responsibilityIds: ['smn-7'] },
    ],
  },
  {
    id: 'sales-assistant-north',
    title: 'Sales Assistant, North',
    department: 'Sales',
    level: 'assistant',
    location: 'Beijing',
    reportsTo: 'sales-manager-north',
    assistant: true,
    holderIds: ['p-emma-clarke'],
    summary: 'Deputy to the North sales manager: runs the office side of the team and chairs the weekly meeting when the manager is away.',
    authority: ['Acts for the sales manager when they are absent.', 'Puts forward views on rewards, penalties and staffing to the sales manager.'],
    responsibilities: [
      {
        id: 'san-support',
        title: 'Supporting the manager',
        items: [
          { id: 'san-1', text: 'Help the sales manager with everything in their remit and report back to them.' },
          { id: 'san-2', text: 'Take direct charge of the work the manager delegates, to a high standard.' },
          { id: 'san-3', text: 'Stand in for the manager when they are away, including chairing the weekly meeting.' },
          { id: 'san-4', text: 'Help prepare the monthly work plan and report.' },
          { id: 'san-5', text: 'Help grow the customer network and win new business.' },
        ],
      },
      {
        id: 'san-people',
        title: 'People',
        items: [
          { id: 'san-6', text: 'Keep an eye on how colleagues are doing at work and outside it.' },
          { id: 'san-7', text: 'Help the manager train and appraise staff.' },
          { id: 'san-8', text: 'Keep staff files complete and up to date.' },
          { id: 'san-9', text: 'Record attendance, and hand out pay slips, bonuses and safety equipment.' },
        ],
      },
      {
        id: 'san-documents',
        title: 'Documents',
        items: [
          {
            id: 'san-10',
            text: 'Log, route, store and answer all incoming paperwork.',
            children: [
              { id: 'san-10-1', text: 'Contracts, notices and letters.' },
              { id: 'san-10-2', text: 'Reports, customer files and subscriptions.' },
            ],
          },
          { id: 'san-11', text: 'Register and catalogue every contract and send copies to the departments that need them.' },
        ],
      },
    ],
    qualifications: [
      { id: 'san-q1', text: 'Two years in a sales support or office role.', kind: 'required', category: 'experience' },
      { id: 'san-q2', text: 'Organised and calm under pressure.', kind: 'required', category: 'trait' },
    ],
  },
  {
    id: 'rep-north-beijing',
    title: 'Sales Representative, Beijing',
    department: 'Sales',
    level: 'representative',
    location: 'Beijing',
    reportsTo: 'sales-manager-north',
    holderIds: ['p-james-turner'],
    responsibilities: [
      {
        id: 'rnb-main',
        title: 'Main duties',
        items: [
          { id: 'rnb-1', text: 'Find new customers in Beijing and keep in close touch with existing ones.' },
          { id: 'rnb-2', text: 'Handle each project from negotiation through delivery to final payment.' },
          { id: 'rnb-3', text: 'Plan how to reach more target customers in the industry and meet the monthly sales target.' },
          { id: 'rnb-4', text: 'Report on competitor activity and suggest how we could respond.' },
        ],
      },
    ],
  },
  {
    id: 'rep-north-tianjin',
    title: 'Sales Representative, Tianjin',
    department: 'Sales',
    level: 'representative',
    location: 'Tianjin',
    reportsTo: 'sales-manager-north',
    holderIds: [],
    summary: 'New territory opening in Tianjin. Open position.',
    responsibilities: [
      {
        id: 'rnt-main',
        title: 'Main duties',
        items: [
          { id: 'rnt-1', text: 'Build a customer base in Tianjin from scratch.' },
          { id: 'rnt-2', text: 'Negotiate, deliver and collect payment on every project in the territory.' },
          { id: 'rnt-3', text: 'Gather market information and draft the yearly sales plan for Tianjin.' },
        ],
      },
    ],
    qualifications: [
      { id: 'rnt-q1', text: "Bachelor's degree in a relevant subject.", kind: 'required', category: 'education' },
      { id: 'rnt-q2', text: 'Able to find and win customers independently.', kind: 'required', category: 'skill' },
      { id: 'rnt-q3', text: 'Willing to take on a monthly regional sales target.', kind: 'required', category: 'other' },
      { id: 'rnt-q4', text: 'Two years selling environmental equipment, or contacts in the Tianjin market.', kind: 'preferred', category: 'experience' },
    ],
  },

  /* ------------------------------------------------------------------ Regional sales: East */
  {
    id: 'sales-manager-east',
    title: 'Sales Manager, East Region',
    department: 'Sales',
    level: 'manager',
    location: 'Shanghai',
    reportsTo: 'sales-director',
    holderIds: ['p-li-na'],
    summary: 'Leads sales in Shanghai, Jiangsu and Zhejiang, plus the Hubei territory run from Suizhou.',
    responsibilities: [
      {
        id: 'sme-plan',
        title: 'Planning and policy',
        items: [
          { id: 'sme-1', text: "Make the region's sales plan from the company's annual work plan and see it through." },
          { id: 'sme-2', text: 'Set regional targets, sales methods, budgets and incentives for the sales team.' },
          { id: 'sme-3', text: 'Use the resources available in the region where they will do the most good.' },
        ],
      },
      {
        id: 'sme-market',
        title: 'Market and customers',
        items: [
          { id: 'sme-4', text: 'Develop better ways of finding and managing customers, to open new markets and grow volume.' },
          { id: 'sme-5', text: 'Gather competitor information and customer feedback and send a market report to the director each month.' },
          { id: 'sme-6', text: 'Visit long-standing customers regularly and note their feedback on our products.' },
          { id: 'sme-7', text: 'Lead business negotiations with major accounts.' },
        ],
      },
      {
        id: 'sme-team',
        title: 'Team and contracts',
        items: [
          { id: 'sme-8', text: 'Build a stable team that turns plans into results.' },
          { id: 'sme-9', text: 'Appraise sales staff and control their costs.' },
          { id: 'sme-10', text: 'Oversee contracts from signing to completion.' },
          { id: 'sme-11', text: 'Organise after-sales work and product training for the team.' },
        ],
      },
    ],
    qualifications: [
      { id: 'sme-q1', text: "Bachelor's degree.", kind: 'required', category: 'education' },
      { id: 'sme-q2', text: 'Five years in B2B sales, at least two managing a team.', kind: 'required', category: 'experience' },
      { id: 'sme-q3', text: 'Experience with supermarket and key-account channels.', kind: 'preferred', category: 'experience' },
    ],
    assessments: [
      {
        id: 'sme-a1',
        text: 'Monthly market report not submitted by the 5th.',
        penalty: { amount: 50, currency: 'CNY', per: 'occurrence' },
        responsibilityIds: ['sme-5'],
      },
    ],
  },
  {
    id: 'sales-assistant-east',
    title: 'Sales Assistant, East',
    department: 'Sales',
    level: 'assistant',
    location: 'Shanghai',
    reportsTo: 'sales-manager-east',
    dottedLineTo: ['sales-admin-head'],
    assistant: true,
    holderIds: ['p-michael-young'],
    summary: 'Keeps track of what every salesperson in the region is doing and handles the paperwork from contract to invoice. Also follows sales administration standards.',
    responsibilities: [
      {
        id: 'sae-tracking',
        title: 'Tracking the sales team',
        items: [
          { id: 'sae-1', text: 'Phone each salesperson in the region daily to check progress.' },
          { id: 'sae-2', text: 'Approve attendance and leave requests.' },
          {
            id: 'sae-3',
            text: 'Collect written summaries and plans from every salesperson and compile the figures.',
            children: [
              { id: 'sae-3-1', text: 'Daily and monthly.' },
              { id: 'sae-3-2', text: 'Half-yearly and yearly.' },
            ],
          },
        ],
      },
      {
        id: 'sae-info',
        title: 'Sales information',
        items: [
          { id: 'sae-4', text: "Look up competitors' product registrations, advertising and features when sales staff need them." },
          { id: 'sae-5', text: 'Check tender websites for the region at least three times a week and pass leads on straight away.' },
          { id: 'sae-6', text: 'Supply brochures, company certificates and promotional material on request.' },
        ],
      },
      {
        id: 'sae-orders',
        title: 'Contracts, delivery and invoices',
        items: [
          {
            id: 'sae-7',
            text: 'Confirm delivery details with the salesperson before shipping.',
            children: [
              { id: 'sae-7-1', text: 'What is being delivered, to whom, where, and the contact phone number.' },
              { id: 'sae-7-2', text: 'How the customer is being billed, so finance can issue the invoice.' },
            ],
          },
          { id: 'sae-8', text: 'Chase signed contracts, scan and file them, and send the originals to finance.' },
          { id: 'sae-9', text: 'Make sure invoices reach the regional offices and remind sales staff to collect payment.' },
          { id: 'sae-10', text: 'Confirm arrival and installation with the customer, and book on-site training when it is requested in writing.' },
          { id: 'sae-11', text: 'Pass reports of product quality problems to service promptly.' },
        ],
      },
    ],
  },
  {
    id: 'ka-supervisor',
    title: 'Channel and Key Account Supervisor',
    department: 'Sales',
    level: 'supervisor',
    location: 'Shanghai',
    reportsTo: 'sales-manager-east',
    holderIds: ['p-zhang-wei'],
    summary: 'Runs the supermarket and key-account channel in the East region on behalf of the sales manager, including the in-store promoters.',
    authority: [
      'May propose hiring, moving or removing promoters and salespeople.',
      'May assess and fine shop staff and promoters on the spot, within the limits the rules allow.',
    ],
    accountabilities: [
      'Meeting work targets and running the channel efficiently.',
      'The productivity, discipline and team spirit of the people reporting to them.',
      'Channel profit and sales cost.',
      'Company rules being followed in every store.',
      'Hitting sales targets on time and keeping the accounts sound.',
      'Keeping promotional items under control and making good use of display materials.',
    ],
    responsibilities: [
      {
        id: 'ka-plan',
        title: 'Planning and reporting',
        items: [
          { id: 'ka-1', text: 'Prepare yearly and monthly channel sales plans for the sales manager.' },
          { id: 'ka-2', text: 'Set the channel development strategy, carry it out and support the stores that sell for us.' },
          { id: 'ka-3', text: 'Plan promotions and run them.' },
          { id: 'ka-4', text: "Every Monday, report last week's sales, store problems and staffing changes to the sales manager." },
          { id: 'ka-5', text: "Send the monthly summary by the 2nd, with an analysis of problems and next month's plan." },
        ],
      },
      {
        id: 'ka-accounts',
        title: 'Key accounts',
        items: [
          { id: 'ka-6', text: 'Negotiate with, support and check on the most important customers.' },
          { id: 'ka-7', text: 'Handle day-to-day negotiation and account management with supermarket chains.' },
          { id: 'ka-8', text: "Resolve issues with a chain's buyers and store managers, and report them to the sales manager." },
          { id: 'ka-9', text: 'Visit stores and markets unannounced to check sales, then report what you find.' },
        ],
      },
      {
        id: 'ka-team',
        title: 'Team',
        items: [
          { id: 'ka-10', text: 'Train, appraise and rate promoters and salespeople.' },
          { id: 'ka-11', text: "Hear each salesperson's market report weekly, review the past week and set the next one." },
          { id: 'ka-12', text: 'Follow up every task daily and correct course quickly when things change.' },
        ],
      },
    ],
    qualifications: [
      { id: 'ka-q1', text: 'Three years in retail or supermarket sales.', kind: 'required', category: 'experience' },
      { id: 'ka-q2', text: 'Able to lead a team of promoters across several stores.', kind: 'required', category: 'skill' },
    ],
  },
  {
    id: 'rep-east-suizhou',
    title: 'Sales Representative, Suizhou',
    department: 'Sales',
    level: 'representative',
    location: 'Suizhou',
    reportsTo: 'sales-manager-east',
    holderIds: ['p-hannah-brooks'],
    summary: 'Covers Suizhou and the surrounding counties of Hubei.',
    responsibilities: [
      {
        id: 'res-main',
        title: 'Main duties',
        items: [
          { id: 'res-1', text: 'Win and keep customers across Suizhou, staying in regular contact.' },
          { id: 'res-2', text: 'See each local project from negotiation to final payment.' },
          { id: 'res-3', text: 'Gather market information and draft the yearly sales plan for the territory.' },
          { id: 'res-4', text: 'Watch what competitors are doing and suggest how we could respond.' },
        ],
      },
    ],
    qualifications: [
      { id: 'res-q1', text: "Bachelor's degree.", kind: 'required', category: 'education' },
      { id: 'res-q2', text: 'Practical and self-motivated, at ease working on the road.', kind: 'required', category: 'trait' },
    ],
  },
  {
    id: 'rep-east-shanghai',
    title: 'Dealer Sales Representative, Shanghai',
    department: 'Sales',
    level: 'representative',
    location: 'Shanghai',
    reportsTo: 'sales-manager-east',
    holderIds: ['p-lucy-hart', 'p-ben-carter'],
    summary: 'A job share: two representatives split the week between the Shanghai dealer stores.',
    responsibilities: [
      {
        id: 'rsh-dealers',
        title: 'Dealer support',
        items: [
          { id: 'rsh-1', text: 'Help dealer stores plan events and reach their sales targets.' },
          {
            id: 'rsh-2',
            text: 'Handle daily sales administration for the stores.',
            children: [
              { id: 'rsh-2-1', text: 'Contracts and reports.' },
              { id: 'rsh-2-2', text: 'Store meetings and system updates.' },
            ],
          },
          { id: 'rsh-3', text: 'Research the market, compare competing products and look for new outlets.' },
        ],
      },
    ],
    qualifications: [
      { id: 'rsh-q2', text: 'Quick to learn and keen to move into management or run a franchise.', kind: 'required', category: 'trait' },
      { id: 'rsh-q3', text: 'Some sales experience; industry experience is not needed.', kind: 'preferred', category: 'experience' },
    ],
  },

  /* ------------------------------------------------------------------ Regional sales: South */
  {
    id: 'sales-manager-south',
    title: 'Sales Manager, South Region',
    department: 'Sales',
    level: 'manager',
    location: 'Guangzhou',
    reportsTo: 'sales-director',
    holderIds: ['p-samuel-okafor'],
    summary: 'Leads sales in Guangdong and Guangxi and handles export orders shipped through Guangzhou.',
    responsibilities: [
      {
        id: 'sms-plan',
        title: 'Plans and targets',
        items: [
          { id: 'sms-1', text: "Set and deliver the region's sales plan and targets." },
          { id: 'sms-2', text: 'Follow market trends closely and go after new business to meet the company target.' },
          { id: 'sms-3', text: 'Analyse the regional market as a whole and represent the company to outside partners.' },
        ],
      },
      {
        id: 'sms-export',
        title: 'Export orders',
        items: [
          { id: 'sms-4', text: 'Grow overseas sales and the share of our products in export markets.' },
          {
            id: 'sms-5',
            text: 'Manage each export order from order entry to shipment.',
            children: [
              { id: 'sms-5-1', text: 'Customer inspection before shipment.' },
              { id: 'sms-5-2', text: 'Official commodity inspection and customs papers.' },
            ],
          },
        ],
      },
      {
        id: 'sms-accounts',
        title: 'Customers and accounts',
        items: [
          { id: 'sms-6', text: 'Prepare proposals and lead business negotiations.' },
          { id: 'sms-7', text: 'Review contracts and approve tender submissions.' },
          { id: 'sms-8', text: 'Manage the customers in the region in a systematic way.' },
          { id: 'sms-9', text: "Manage and collect the region's receivables." },
        ],
      },
    ],
    qualifications: [
      { id: 'sms-q1', text: 'Associate degree or higher.', kind: 'required', category: 'education' },
      { id: 'sms-q3', text: 'Excellent communication and relationship-building skills.', kind: 'required', category: 'skill' },
      { id: 'sms-q4', text: 'Working English for export customers.', kind: 'required', category: 'skill' },
      { id: 'sms-q5', text: 'Experience in foreign trade or export documentation.', kind: 'preferred', category: 'experience' },
    ],
  },
  {
    id: 'sales-assistant-south',
    title: 'Sales Assistant, South',
    department: 'Sales',
    level: 'assistant',
    location: 'Guangzhou',
    reportsTo: 'sales-manager-south',
    assistant: true,
    holderIds: [],
    summary: 'Open position: supports the South sales manager with reports, contracts, delivery and invoices.',
    responsibilities: [
      {
        id: 'sas-main',
        title: 'Main duties',
        items: [
          { id: 'sas-1', text: 'Track daily progress of each salesperson and compile their weekly and monthly reports.' },
          { id: 'sas-2', text: 'Confirm delivery and billing details for every order and liaise with finance on invoices.' },
          { id: 'sas-3', text: 'Scan, file and forward signed contracts.' },
          { id: 'sas-4', text: 'Stand in for the manager on routine matters when they are travelling.' },
        ],
      },
    ],
    qualifications: [
      { id: 'sas-q1', text: 'Associate degree or higher.', kind: 'required', category: 'education' },
      { id: 'sas-q2', text: 'Fluent in Cantonese and Mandarin.', kind: 'required', category: 'skill' },
      { id: 'sas-q3', text: 'Basic English for export paperwork.', kind: 'preferred', category: 'skill' },
    ],
  },
  {
    id: 'rep-south-guangzhou',
    title: 'Sales Representative, Guangzhou',
    department: 'Sales',
    level: 'representative',
    location: 'Guangzhou',
    reportsTo: 'sales-manager-south',
    holderIds: ['p-rachel-kim'],
    responsibilities: [
      {
        id: 'rgz-main',
        title: 'Main duties',
        items: [
          { id: 'rgz-1', text: 'Develop new business customers in Guangzhou and look after existing ones.' },
          { id: 'rgz-2', text: 'Help dealers plan promotions and meet their targets.' },
          { id: 'rgz-3', text: 'Keep contracts, visit reports and the customer system up to date.' },
          { id: 'rgz-4', text: 'Collect payment on time for every order.' },
        ],
      },
    ],
  },
  {
    id: 'showroom-consultant',
    title: 'Showroom Sales Consultant',
    department: 'Sales',
    level: 'representative',
    location: 'Guangzhou',
    reportsTo: 'sales-manager-south',
    holderIds: ['p-george-patel'],
    summary: 'Welcomes visitors to the Guangzhou showroom, demonstrates the equipment and closes sales on the spot.',
    responsibilities: [
      {
        id: 'sc-visitors',
        title: 'Visitors and sales',
        items: [
          { id: 'sc-1', text: "Greet every visitor as soon as they arrive, following the company's reception routine." },
          { id: 'sc-2', text: 'Record every call and showroom visit in the customer log the same day.' },
          { id: 'sc-3', text: 'Complete all sales paperwork accurately and on time.' },
          { id: 'sc-4', text: 'Meet the monthly targets for sales, gross profit and other agreed indicators.' },
        ],
      },
      {
        id: 'sc-product',
        title: 'Products and delivery',
        items: [
          {
            id: 'sc-5',
            text: 'Know every model in detail.',
            children: [
              { id: 'sc-5-1', text: 'Range, specifications and prices.' },
              { id: 'sc-5-2', text: 'Options and accessories.' },
              { id: 'sc-5-3', text: 'How each compares with competing products.' },
            ],
          },
          { id: 'sc-6', text: 'Keep the demonstration units clean and in perfect working order.' },
          { id: 'sc-7', text: 'Check each unit the day before delivery, making sure it matches the contract.' },
          { id: 'sc-8', text: 'Explain the warranty and servicing terms to every buyer.' },
          { id: 'sc-9', text: 'Follow up with customers after delivery using the service tracking procedure.' },
        ],
      },
    ],
    assessments: [
      { id: 'sc-a1', text: 'Customer log checked weekly; missing entries are raised at the team meeting.', responsibilityIds: ['sc-2'] },
      {
        id: 'sc-a2',
        text: 'Demonstration unit found dirty or faulty during a spot check.',
        penalty: { amount: 20, currency: 'CNY', per: 'occurrence' },
        responsibilityIds: ['sc-6'],
      },
    ],
  },
];

export const salesOrg: Org = {
  id: 'northwind-sales',
  name: 'Northwind Sales',
  roles,
  people,
};
