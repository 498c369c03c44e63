/** Worker thread entry (dist/trace-worker.js): reads one part of a large trace. */
import { parentPort, workerData } from "node:worker_threads";
import { type PartRequest, readPart } from "./parallel-part.js";

const port = parentPort;
if (port) {
  readPart(workerData as PartRequest).then(
    (result) => {
      const transfer = result.days.flatMap((d) => [d.energyJ.buffer, d.observedMs.buffer]) as ArrayBuffer[];
      port.postMessage({ ok: true, result }, transfer);
    },
    (error: unknown) => {
      port.postMessage({
        ok: false,
        error: {
          name: (error as Error)?.name,
          message: (error as Error)?.message ?? String(error),
          file: (error as { file?: string })?.file,
          line: (error as { line?: number })?.line,
        },
      });
    },
  );
}
