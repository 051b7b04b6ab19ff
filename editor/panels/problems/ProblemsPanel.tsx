import { formatProblemPath, type Problem } from '../../../runtime/index';
import { problemLabel } from '../../i18n/labels';
import { useT } from '../../i18n/use-t';
import { useEditor } from '../../store/EditorProvider';

/** Where a problem is, in words people recognise: the step's name, else its id, else the JSON path. */
function useWhere(): (problem: Problem) => string {
  const t = useT();
  const flow = useEditor((s) => s.flow);
  const registry = useEditor((s) => s.registry);
  const locale = useEditor((s) => s.locale);
  return (problem) => {
    if (problem.edgeId && !problem.nodeId) return `${problem.edgeId}`;
    const [head, index] = problem.path;
    const nodeId =
      problem.nodeId ?? (head === 'nodes' && typeof index === 'number' ? flow.nodes[index]?.id : undefined);
    const node = nodeId ? flow.nodes.find((n) => n.id === nodeId) : undefined;
    if (node) return node.name || registry.get(node.type)?.title[locale] || node.id;
    return problem.path.length > 0 ? formatProblemPath(problem.path) : t('problems.flow');
  };
}

/** Bottom panel: every problem, errors first; clicking one selects the step or link and shows it. */
export function ProblemsPanel() {
  const t = useT();
  const problems = useEditor((s) => s.problems);
  const flow = useEditor((s) => s.flow);
  const locale = useEditor((s) => s.locale);
  const focus = useEditor((s) => s.focus);
  const where = useWhere();

  const open = (problem: Problem) => {
    const [head, index] = problem.path;
    const nodeId =
      problem.nodeId ?? (head === 'nodes' && typeof index === 'number' ? flow.nodes[index]?.id : undefined);
    const edgeId =
      problem.edgeId ?? (head === 'edges' && typeof index === 'number' ? flow.edges[index]?.id : undefined);
    // An edge problem that also names a node (e.g. an unknown port) is best fixed on the node.
    if (nodeId) focus({ nodeId });
    else if (edgeId) focus({ edgeId });
  };

  return (
    <section className="panel problems" aria-label={t('problems.title')}>
      <h2 className="panel-title">
        {t('problems.title')}
        <span className="problems-counts">
          {problems.errors > 0 && <span className="badge badge-error">{t('top.errors', { n: problems.errors })}</span>}
          {problems.warnings > 0 && (
            <span className="badge badge-warning">{t('top.warnings', { n: problems.warnings })}</span>
          )}
        </span>
      </h2>
      <div className="panel-body">
        {problems.all.length === 0 ? (
          <p className="muted">{t('problems.none')}</p>
        ) : (
          <ul className="problem-list">
            {problems.all.map((problem, i) => (
              <li key={i}>
                <button type="button" className={`problem is-${problem.severity}`} onClick={() => open(problem)}>
                  <span className="problem-severity">
                    {t(problem.severity === 'error' ? 'problems.error' : 'problems.warning')}
                  </span>
                  <span className="problem-label">{problemLabel(problem.code, locale)}</span>
                  <span className="problem-where">{where(problem)}</span>
                  <span className="problem-message">{problem.message}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
