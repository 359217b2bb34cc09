// Runs the pad bridge on a counter PC with real pads:
//   pnpm --filter @hall/hid build && node hardware/hid/dist/pad-bridge.js /etc/hall/pads.json
// The file is { hubUrl, token, pads: [...], logLevel? } (bridgeConfigSchema); see hardware/hid/README.md.
import { readFile } from 'node:fs/promises';
import { startPadBridge } from './bridge.ts';
import { consoleLogger } from './log.ts';
import { nodeHidProvider } from './node-hid-provider.ts';
import { bridgeConfigSchema } from './pad-config.ts';

async function main(argv: readonly string[]): Promise<void> {
  const file = argv[2];
  if (!file) {
    console.error('usage: bridge-main <config.json>   ({ hubUrl, token, pads: [...] })');
    process.exitCode = 2;
    return;
  }
  const parsed = bridgeConfigSchema.safeParse(JSON.parse(await readFile(file, 'utf8')));
  if (!parsed.success) {
    console.error(`invalid pad config ${file}:`);
    for (const issue of parsed.error.issues) console.error(`  ${issue.path.join('.') || '(root)'}: ${issue.message}`);
    process.exitCode = 2;
    return;
  }
  const log = consoleLogger(parsed.data.logLevel);
  const bridge = await startPadBridge({
    hubUrl: parsed.data.hubUrl,
    token: parsed.data.token,
    pads: parsed.data.pads,
    devices: nodeHidProvider({ log }),
    log,
  });
  for (const s of bridge.status())
    log.info('pad', { window: s.pad.window, kind: s.pad.kind, state: s.state, path: s.path });
  // A slow rescan as well as hot-plug: it picks up a pad whose read failed while it stayed plugged in, works
  // where the usb package cannot load, and keeps the process alive while no pad is open.
  const timer = setInterval(() => void bridge.rescan(), 30_000);
  const stop = (): void => {
    clearInterval(timer);
    void bridge.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main(process.argv).catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
