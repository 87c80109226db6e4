/** How long a turn waits for a frame that may never come (a hidden tab draws none). */
const FRAME_TIMEOUT_MS = 100;

let lastTurn: Promise<void> = Promise.resolve();

/**
 * Resolves after the frame that follows the previous caller's turn: sections that finish loading together
 * (five on one source) then render one per frame, each with its own layout, instead of one long task
 * that lays out the whole report at once.
 */
export function nextRenderTurn(): Promise<void> {
  const turn = lastTurn.then(afterNextFrame);
  lastTurn = turn;
  return turn;
}

function afterNextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const timeout = setTimeout(resolve, FRAME_TIMEOUT_MS);
    requestAnimationFrame(() => {
      clearTimeout(timeout);
      // After the frame's own work (layout, paint): a task of its own.
      setTimeout(resolve, 0);
    });
  });
}
