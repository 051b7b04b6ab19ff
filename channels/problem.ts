/** Something wrong (or worth knowing) about a payload: which channel, where in the payload, and why. */
export interface ChannelProblem {
  readonly channel: string;
  /** JSON path in the payload ($.order.line_items[0].price), or @name:$… in a related payload. */
  readonly path: string;
  readonly message: string;
  /** The canonical field concerned, when there is one (lines[0].unitPrice). */
  readonly field?: string;
}
