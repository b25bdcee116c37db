/** One line of the eval table: a measured figure on one data set. */
export interface EvalRow {
  /** The data set ("reuters21578 dev", "seed article", "polnear dev"). */
  dataset: string;
  /** What is measured ("dateline place accuracy", "quote F1"). */
  field: string;
  /** The figure, as a fraction 0..1 for rates, or a count. */
  value: number;
  /** How many items the figure is over. */
  n: number;
  /** The goal from the issue, as the same kind of number, when there is one. */
  goal?: number;
  /** Lower is better (false bylines, errors). */
  lowerIsBetter?: boolean;
  note?: string;
}

export interface EvalSuite {
  name: string;
  run(dataDir: string): Promise<EvalRow[]> | EvalRow[];
}
