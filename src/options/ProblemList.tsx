/** Why a file was refused: each problem on its own line, announced to screen readers. */
export function ProblemList({ heading, problems }: { heading: string; problems: readonly string[] }) {
  return (
    <div role="alert" class="problems">
      <p>{heading}</p>
      <ul>{problems.map((p) => <li key={p}>{p}</li>)}</ul>
    </div>
  );
}

export function problemsOf(error: unknown): string[] {
  const problems = (error as { problems?: unknown }).problems;
  return Array.isArray(problems) ? problems.map(String) : [error instanceof Error ? error.message : String(error)];
}
