/**
 * A smaller Simplified Chinese sales department for stories that need CJK text
 * (wrapping, truncation, fonts). Same shape as `salesOrg`, in our own wording:
 * a director with an assistant, an assistant director who owns a shortened
 * market workflow, two regional managers, a sales administrator with fines,
 * and one open position.
 */
import type { Org, Workflow } from '../model/schema';

const marketWorkflowZh: Workflow = {
  id: 'zh-market-workflow',
  title: '市场问题处理流程',
  phases: [
    {
      id: 'zh-phase-find',
      title: '发现问题',
      summary: '深入一线，了解人员、经销商和竞品的真实情况。',
      steps: [
        { id: 'zh-find-1', text: '了解每位销售人员的工作状态和遇到的困难。' },
        { id: 'zh-find-2', text: '检查经销商的销售情况和库存是否合理。' },
        { id: 'zh-find-3', text: '收集终端用户对产品的具体意见。' },
        { id: 'zh-find-4', text: '掌握竞争对手产品的最新动态。' },
      ],
    },
    {
      id: 'zh-phase-analyze',
      title: '分析问题',
      summary: '汇总数据并组织讨论，找出问题的根本原因。',
      steps: [
        {
          id: 'zh-analyze-1',
          text: '建立信息收集机制',
          children: [
            { id: 'zh-analyze-1-1', text: '各级市场人员按时填写统一报表，交部门统计。' },
            { id: 'zh-analyze-1-2', text: '到市场实地走访，取得第一手资料。' },
          ],
        },
        {
          id: 'zh-analyze-2',
          text: '组织讨论分析',
          children: [
            { id: 'zh-analyze-2-1', text: '资源投入是否必要，效果如何。' },
            { id: 'zh-analyze-2-2', text: '月度目标完成了多少。' },
            { id: 'zh-analyze-2-3', text: '我们自身还有哪些不足。' },
          ],
        },
      ],
    },
    {
      id: 'zh-phase-solve',
      title: '解决问题',
      summary: '制定书面方案，明确目标，并指导团队落实。',
      steps: [
        { id: 'zh-solve-1', text: '明确方案的目的和目标。' },
        { id: 'zh-solve-2', text: '细化解决办法，配套执行制度。' },
        { id: 'zh-solve-3', text: '指导并推动方案落地。' },
      ],
    },
    {
      id: 'zh-phase-promote',
      title: '总结推广',
      summary: '跟踪结果，总结经验，把成功做法推广到其他市场。',
      steps: [
        { id: 'zh-promote-1', text: '监督执行过程，发现偏差及时纠正。' },
        { id: 'zh-promote-2', text: '评估方案效果，总结不足。' },
        { id: 'zh-promote-3', text: '宣传优秀案例，以点带面推广。' },
      ],
    },
  ],
};

export const salesOrgZh: Org = {
  id: 'beichen-sales-zh',
  name: '北辰贸易销售部',
  people: [
    { id: 'zh-p-chen', name: '陈建国', email: 'chen.jianguo@example.com', phone: '+86 10 5555 0201', location: '北京' },
    { id: 'zh-p-wang', name: '王晓燕', email: 'wang.xiaoyan@example.com', phone: '+86 10 5555 0202', location: '北京' },
    { id: 'zh-p-liu', name: '刘婷', email: 'liu.ting@example.com', location: '北京' },
    { id: 'zh-p-zhao', name: '赵磊', email: 'zhao.lei@example.com', phone: '+86 27 5555 0210', location: '武汉' },
    { id: 'zh-p-huang', name: '黄晓梅', email: 'huang.xiaomei@example.com', phone: '+86 20 5555 0220', location: '广州' },
    { id: 'zh-p-sun', name: '孙浩', phone: '+86 722 5555 0230', location: '随州' },
    { id: 'zh-p-zhou', name: '周敏', email: 'zhou.min@example.com', location: '北京' },
  ],
  roles: [
    {
      id: 'zh-director',
      title: '销售总监',
      department: '销售部',
      level: 'director',
      location: '北京',
      reportsTo: null,
      holderIds: ['zh-p-chen'],
      summary: '全面负责销售部工作，制定销售政策和年度目标，对公司的销售收入和回款负责。',
      authority: ['审批部门年度销售计划和费用预算。', '任免部门内各级经理。'],
      responsibilities: [
        {
          id: 'zhd-main',
          title: '主要职责',
          items: [
            { id: 'zhd-1', text: '根据公司年度目标制定部门销售计划，并督促落实。' },
            { id: 'zhd-2', text: '制定各区域的销售政策、考核办法和激励方案。' },
            { id: 'zhd-3', text: '完善部门管理制度和岗位职责，并检查执行情况。' },
          ],
        },
      ],
    },
    {
      id: 'zh-assistant-director',
      title: '销售副总监',
      alternateTitles: ['市场部经理'],
      department: '销售部',
      level: 'director',
      location: '北京',
      reportsTo: 'zh-director',
      holderIds: ['zh-p-wang'],
      summary: '协助总监开展全面工作，主抓市场开发和部门营销计划。',
      authority: ['对部门职责范围内的工作有指挥、协调和监督权。'],
      accountabilities: ['对所承担的各项工作全面负责。'],
      responsibilities: [
        {
          id: 'zha-plan',
          title: '市场规划',
          items: [
            { id: 'zha-1', text: '参与制定并适时调整部门年度市场开发策略。' },
            { id: 'zha-2', text: '编制部门年度、季度和月度销售额及费用预算。' },
            { id: 'zha-3', text: '调查分析市场价格和市场潜力。' },
          ],
        },
        {
          id: 'zha-team',
          title: '团队管理',
          items: [
            { id: 'zha-4', text: '参与建立部门绩效考核制度，激励员工多做贡献。' },
            { id: 'zha-5', text: '统计分析各区域的销售业绩。' },
            { id: 'zha-6', text: '合理控制部门费用，力求少投入、多产出。' },
          ],
        },
      ],
      workflow: marketWorkflowZh,
    },
    {
      id: 'zh-director-assistant',
      title: '总监助理',
      department: '销售部',
      level: 'assistant',
      location: '北京',
      reportsTo: 'zh-director',
      assistant: true,
      holderIds: ['zh-p-liu'],
      summary: '为总监和各区域经理处理后台事务，如寄送样本、文件盖章、费用报销和客户档案整理。',
      responsibilities: [
        {
          id: 'zhda-main',
          title: '主要职责',
          items: [
            { id: 'zhda-1', text: '分类管理各类销售文件。' },
            { id: 'zhda-2', text: '每周汇总销售人员的业绩数据并归档。' },
            { id: 'zhda-3', text: '初审销售费用和市场费用，做好记录。' },
            { id: 'zhda-4', text: '组织部门例会并做会议纪要。' },
          ],
        },
      ],
    },
    {
      id: 'zh-manager-central',
      title: '华中区销售经理',
      department: '销售部',
      level: 'manager',
      location: '武汉',
      reportsTo: 'zh-director',
      holderIds: ['zh-p-zhao'],
      responsibilities: [
        {
          id: 'zhmc-main',
          title: '主要职责',
          items: [
            { id: 'zhmc-1', text: '按公司下达的任务编制年度销售费用预算，带领团队完成目标。' },
            {
              id: 'zhmc-2',
              text: '每周汇总销售订单，按交货先后编制订单计划。',
              children: [
                { id: 'zhmc-2-1', text: '报送总经理办公室和生产部。' },
                { id: 'zhmc-2-2', text: '配合生产部按期交货。' },
              ],
            },
            { id: 'zhmc-3', text: '督促销售人员签订合同并及时回款。' },
          ],
        },
      ],
      qualifications: [
        { id: 'zhmc-q1', text: '大专及以上学历。', kind: 'required', category: 'education' },
        { id: 'zhmc-q2', text: '年龄三十至四十岁，身体健康。', kind: 'required', category: 'age' },
        { id: 'zhmc-q3', text: '沟通协调能力强，善于处理突发事件。', kind: 'required', category: 'skill' },
        { id: 'zhmc-q4', text: '有销售团队管理经验者优先。', kind: 'preferred', category: 'experience' },
      ],
    },
    {
      id: 'zh-manager-south',
      title: '华南区销售经理',
      department: '销售部',
      level: 'manager',
      location: '广州',
      reportsTo: 'zh-director',
      holderIds: ['zh-p-huang'],
      responsibilities: [
        {
          id: 'zhms-main',
          title: '主要职责',
          items: [
            { id: 'zhms-1', text: '制定并落实华南区销售计划和目标。' },
            { id: 'zhms-2', text: '负责合同评审和投标审批。' },
            { id: 'zhms-3', text: '管理区域客户，催收应收账款。' },
          ],
        },
      ],
    },
    {
      id: 'zh-rep-suizhou',
      title: '随州区域销售代表',
      department: '销售部',
      level: 'representative',
      location: '随州',
      reportsTo: 'zh-manager-central',
      holderIds: ['zh-p-sun'],
      responsibilities: [
        {
          id: 'zhrs-main',
          title: '主要职责',
          items: [
            { id: 'zhrs-1', text: '开发随州地区客户，维护好客户关系。' },
            { id: 'zhrs-2', text: '负责区域内项目的洽谈、实施和回款。' },
            { id: 'zhrs-3', text: '关注竞争对手动向，提出改进建议。' },
          ],
        },
      ],
    },
    {
      id: 'zh-rep-guangzhou',
      title: '广州销售代表',
      department: '销售部',
      level: 'representative',
      location: '广州',
      reportsTo: 'zh-manager-south',
      holderIds: [],
      summary: '招聘中。',
      qualifications: [
        { id: 'zhrg-q1', text: '本科及以上学历，专业不限。', kind: 'required', category: 'education' },
        { id: 'zhrg-q2', text: '能独立开发客户，能承担月度销售任务。', kind: 'required', category: 'skill' },
        { id: 'zhrg-q3', text: '有两年以上环保设备销售经验者优先。', kind: 'preferred', category: 'experience' },
      ],
    },
    {
      id: 'zh-sales-admin',
      title: '销售内勤',
      department: '销售管理',
      level: 'supervisor',
      location: '北京',
      reportsTo: 'zh-director',
      holderIds: ['zh-p-zhou'],
      responsibilities: [
        {
          id: 'zhsa-main',
          title: '主要职责',
          items: [
            { id: 'zhsa-1', text: '负责部门日常行政事务。' },
            { id: 'zhsa-2', text: '完善销售台账和电话记录。' },
            { id: 'zhsa-3', text: '认真对待并及时回复客户意见。' },
            { id: 'zhsa-4', text: '完成领导临时交办的工作。' },
          ],
        },
      ],
      assessments: [
        { id: 'zhsa-a1', text: '销售台账或电话记录不完整。', penalty: { amount: 50, currency: 'CNY', per: 'occurrence' }, responsibilityIds: ['zhsa-2'] },
        { id: 'zhsa-a2', text: '客户意见无人处理。', penalty: { amount: 50, currency: 'CNY', per: 'occurrence' }, responsibilityIds: ['zhsa-3'] },
        { id: 'zhsa-a3', text: '领导交办的工作未完成。', penalty: { amount: 20, currency: 'CNY', per: 'occurrence' }, responsibilityIds: ['zhsa-4'] },
      ],
    },
  ],
};
