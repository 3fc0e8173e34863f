/*
 * TargetFlow: Cockpit draws decision tables with dmn-js, whose words ("Hit policy:", "First", "When",
 * "And", "Then", "Annotations") Cockpit does not pass through its own translations. For a reader whose
 * Cockpit speaks Chinese they are replaced where dmn-js draws them, as it draws them (the words of the
 * tables themselves — our inputs, outputs and rules — are Chinese already). Words: the project's glossary.
 */
const WORDS = {
  'Hit policy:': '命中策略：',
  'Unique': '唯一', 'First': '首个匹配', 'Priority': '优先级', 'Any': '任一',
  'Collect': '汇总', 'Collect (Sum)': '汇总（求和）', 'Collect (Min)': '汇总（最小值）',
  'Collect (Max)': '汇总（最大值）', 'Collect (Count)': '汇总（计数）',
  'Rule order': '按规则顺序', 'Output order': '按输出顺序',
  'When': '条件', 'And': '且', 'Then': '结果', 'Annotations': '备注',
  'Input': '输入', 'Output': '输出', 'View DRD': '查看决策需求图', 'Yes': '是',
  'Decision name: ': '决策名称：', 'Expression language:': '表达式语言：'
};
const TABLES = '.dmn-decision-table-container, .dmn-literal-expression-container, .dmn-drd-container';

function chinese() {
  const chosen = window.localStorage && window.localStorage.getItem('camunda-locale');
  return (chosen || navigator.language || '').toLowerCase().startsWith('zh');
}

function translate(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const word = WORDS[node.nodeValue] || WORDS[node.nodeValue.trim()];
    if (word && node.parentElement && node.parentElement.closest(TABLES)) {
      node.nodeValue = word;
    }
  }
  root.querySelectorAll && root.querySelectorAll('[title]').forEach((el) => {
    if (WORDS[el.getAttribute('title')] && el.closest(TABLES)) el.setAttribute('title', WORDS[el.getAttribute('title')]);
  });
}

if (chinese()) {
  new MutationObserver((changes) => {
    for (const change of changes) {
      change.addedNodes.forEach((node) => translate(node.nodeType === 1 ? node : node.parentElement || document.body));
      if (change.type === 'characterData' && change.target.parentElement) translate(change.target.parentElement);
    }
  }).observe(document.documentElement, { childList: true, subtree: true, characterData: true });
}

export default [];
