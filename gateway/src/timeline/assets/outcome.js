/**
 * What the API's answer means for the page: a person to draw (perhaps with parts missing), or a message saying
 * what went wrong and what to do, in Chinese and English.
 */

const codeOf = (error) => error.extensions?.code;

/** The fields a subgraph could not answer, by the path's last name ("contributions", "accounts", …). */
function missingParts(errors) {
  return errors
    .filter((error) => codeOf(error) === 'SUBGRAPH_UNAVAILABLE')
    .map((error) => (error.path ?? []).filter((part) => typeof part === 'string').pop() ?? 'unknown');
}

/** { kind, title, detail, person } for an answer of fetchTimeline. */
export function outcomeOf({ data, errors }) {
  const person = data?.person ?? null;
  const first = errors.find((error) => codeOf(error) !== 'SUBGRAPH_UNAVAILABLE');
  const detail = first?.message ?? '';
  switch (first && codeOf(first)) {
    case 'BAD_USER_INPUT':
      return { kind: 'bad-input', title: '证件号码有误 The ID number is not valid', detail, person: null };
    case 'UNAUTHENTICATED':
      return {
        kind: 'unauthenticated',
        title: '令牌缺失或无效 The bearer token is missing or not valid: paste a valid one in the token field',
        detail,
        person: null,
      };
    case 'FORBIDDEN':
      return { kind: 'forbidden', title: '无权查看 This record is not open to you', detail, person: null };
    case 'NOT_FOUND':
      return { kind: 'not-found', title: NOT_FOUND_TITLE, detail, person: null };
    case undefined:
      break;
    default:
      if (!person) return { kind: 'error', title: '查询失败 The hub could not answer', detail, person: null };
  }
  if (!person) return { kind: 'not-found', title: NOT_FOUND_TITLE, detail: NOT_FOUND_DETAIL, person: null };
  const missing = missingParts(errors);
  if (missing.length > 0) {
    return {
      kind: 'partial',
      title: '部分数据暂不可用 Part of the history is unavailable right now',
      detail: `Not shown: ${[...new Set(missing)].join(', ')}. The rest is complete; try again later.`,
      person,
    };
  }
  return { kind: 'ready', title: '', detail: '', person };
}

const NOT_FOUND_TITLE = '未找到参保人 No insured person has this ID number';
const NOT_FOUND_DETAIL =
  'No agency has recorded anyone under this number. Check the number, or ask the agency where the person enrolled.';
