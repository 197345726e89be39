/** What agency staff read: the Chinese term first, the English beside it. */

export const INSURANCE_TYPE = {
  EMPLOYEE: '职工 Employee',
  RESIDENT: '居民 Resident',
  OTHER: '其他 Other',
};

export const ENROLLMENT_STATUS = {
  ACTIVE: '参保 Active',
  SUSPENDED: '暂停 Suspended',
  TERMINATED: '终止 Terminated',
};

export const MONTH_KIND = {
  REGULAR: '按月缴费 Paid',
  BACK_PAY: '补缴 Back-pay',
  OWED: '欠费 Owed',
};

export const TRANSFER_STATUS = {
  REJECTED: '未通过 Rejected',
  ACCEPTED: '已受理 Accepted',
  CONTACT_LETTER_SENT: '已发联系函 Letter sent',
  OUT_COMPLETING: '转出办理中 Transferring out',
  OUT_COMPLETED: '已转出 Out completed',
  FUNDS_RECEIVED: '资金已到账 Funds received',
  COMPLETING: '转入办理中 Transferring in',
  COMPLETED: '已完成 Completed',
  CANCELLED: '已撤销 Cancelled',
};

export const DEADLINE_STEP = {
  CONTACT_LETTER: '联系函 Contact Letter',
  TRANSFER_OUT: '转出 Transfer-out',
  TRANSFER_IN: '转入 Transfer-in',
  ACCOUNT_CREDIT: '账户划入 Account credit',
};

export const DEEMED_REASON = {
  WORK_SERVICE: '工龄 Work service',
  MILITARY_SERVICE: '军龄 Military service',
};

export const FUNDS_STATUS = {
  NONE: '未转出 Nothing sent',
  DECLARED: '信息表为零 Declared 0.00',
  IN_TRANSIT: '在途 In transit',
  CREDITED: '已划入 Credited',
  RETURNED: '已退回 Returned',
};

/** The legend's names, one per series. */
export const SERIES = {
  enrollments: '参保 Enrollment',
  paid: '按月缴费 Paid',
  backPay: '补缴 Back-pay',
  owed: '欠费 Owed',
  deemed: '视同缴费 Deemed',
  gaps: '断缴 Gap',
  duplicates: '重复缴费 Duplicate',
  transfers: '转移 Transfer',
  deadlines: '时限 Deadline',
};

/** A label for an enum value, or the value itself when the API adds one the page does not know yet. */
export function label(table, value) {
  return table[value] ?? value;
}
