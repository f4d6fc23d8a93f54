/**
 * A ready-made workflow so `WorkflowStepper` has something real to show without
 * the host writing one: the four-phase method (find → analyse → solve → roll
 * out) that a real sales department gives its assistant director for market
 * problems. The sample orgs reuse it, and hosts may too.
 */
import type { Workflow } from '../model/schema';

export const defaultWorkflow: Workflow = {
  id: 'market-problem-solving',
  title: 'Market problem-solving cycle',
  phases: [
    {
      id: 'phase-find',
      title: 'Find the problem',
      summary: 'Look at people, dealers, products and competitors to spot where the market is not working as planned.',
      steps: [
        { id: 'find-1', text: 'Check how each salesperson is working and where they are getting stuck.' },
        { id: 'find-2', text: 'Review and rate how each dealer is selling.' },
        { id: 'find-3', text: 'Check that our core products are placed and priced sensibly and are growing in a healthy way.' },
        { id: 'find-4', text: 'See how the money and support the company has put into each market are being used, and what they have achieved.' },
        { id: 'find-5', text: 'Estimate how much untapped demand is left in each market.' },
        { id: 'find-6', text: 'Find out what advertising each region needs and what it should focus on.' },
        { id: 'find-7', text: 'Check whether dealer stock levels are reasonable.' },
        { id: 'find-8', text: 'Gauge how well each region understands the company strategy and how clear its targets are.' },
        { id: 'find-9', text: 'Gather concrete feedback on our products from end customers.' },
        { id: 'find-10', text: 'Collect up-to-date information on competing products.' },
        { id: 'find-11', text: 'Work out what each market needs in staff, promotions and advertising.' },
      ],
    },
    {
      id: 'phase-analyze',
      title: 'Analyze the problem',
      summary: 'Pull the facts together and talk them through until the real causes are clear.',
      steps: [
        {
          id: 'analyze-1',
          text: 'Set up an information system',
          children: [
            { id: 'analyze-1-1', text: 'Have market staff at every level fill in standard forms on a fixed schedule and send them in for analysis.' },
            { id: 'analyze-1-2', text: "Study the department's own sales reports." },
            { id: 'analyze-1-3', text: 'Visit the market to see conditions first-hand and collect evidence.' },
            { id: 'analyze-1-4', text: 'Take input from other departments into account.' },
          ],
        },
        {
          id: 'analyze-2',
          text: 'Hold a discussion and analysis',
          children: [
            { id: 'analyze-2-1', text: 'Is the planned investment of resources really needed?' },
            { id: 'analyze-2-2', text: 'How were the resources actually put to use?' },
            { id: 'analyze-2-3', text: 'What difference did the resources make in the market?' },
            { id: 'analyze-2-4', text: 'What are the strengths and weaknesses of this market?' },
            { id: 'analyze-2-5', text: 'Is the strategy being carried out sensibly?' },
            { id: 'analyze-2-6', text: 'How well do our products fit the sales channels?' },
            { id: 'analyze-2-7', text: 'How much of the monthly target has been reached?' },
            { id: 'analyze-2-8', text: 'Where are we ourselves falling short?' },
            { id: 'analyze-2-9', text: "What are the strengths and weaknesses of competitors' products?" },
          ],
        },
      ],
    },
    {
      id: 'phase-solve',
      title: 'Solve the problem',
      summary: 'Turn the findings into a written plan with clear goals, then help the teams carry it out.',
      steps: [
        { id: 'solve-1', text: 'Fix one-off problems case by case.' },
        { id: 'solve-2', text: 'State what the plan is for.' },
        { id: 'solve-3', text: "Set the plan's objectives." },
        { id: 'solve-4', text: 'Put in place the rules and resources needed to carry out the plan.' },
        { id: 'solve-5', text: 'Work out the solution in detail.' },
        { id: 'solve-6', text: 'Coach the people who will carry out the plan.' },
        { id: 'solve-7', text: 'Carry out the plan.' },
      ],
    },
    {
      id: 'phase-promote',
      title: 'Summarize and promote',
      summary: 'Track the results, learn from the gaps and spread what worked to other markets.',
      steps: [
        { id: 'promote-1', text: 'Set up a way to monitor the plan.' },
        { id: 'promote-2', text: "Follow the plan as it runs and close gaps early to protect the company's interests." },
        { id: 'promote-3', text: 'Evaluate the results of the plan.' },
        { id: 'promote-4', text: 'Analyse its overall effect.' },
        { id: 'promote-5', text: 'Write down what fell short and what to do differently.' },
        { id: 'promote-6', text: 'Share successful cases and roll them out from one market to the rest.' },
      ],
    },
  ],
};
