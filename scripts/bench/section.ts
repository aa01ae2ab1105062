/** The shape of one `npm run bench` section. */
export interface BenchSection {
  /** Short name for `--only`. */
  name: string;
  /** Title printed above the figures. */
  title: string;
  /** Runs the benchmark and prints its figures through `log`. */
  run(context: { log: (line: string) => void; args: string[] }): Promise<void>;
}
