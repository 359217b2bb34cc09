// electron-builder afterPack hook (electron-builder 25 has no `electronFuses` option): flips the Electron
// fuses of the packaged binary, with @electron/fuses 1.8 (a devDependency; 2.x needs Node 22).
import { join } from 'node:path';

export default async function afterPack(context) {
  let fuses;
  try {
    fuses = await import('@electron/fuses');
  } catch {
    throw new Error('afterPack: @electron/fuses is not installed; run pnpm install in the repository first');
  }
  const { flipFuses, FuseVersion, FuseV1Options } = fuses;
  const { appOutDir, electronPlatformName, packager } = context;
  const binary =
    electronPlatformName === 'win32'
      ? join(appOutDir, `${packager.appInfo.productFilename}.exe`)
      : electronPlatformName === 'darwin'
        ? join(appOutDir, `${packager.appInfo.productFilename}.app`)
        : join(appOutDir, packager.executableName);
  await flipFuses(binary, {
    version: FuseVersion.V1,
    [FuseV1Options.RunAsNode]: false,
    [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
    [FuseV1Options.EnableNodeCliInspectArguments]: false,
    // Checked by Electron on macOS and Windows (a no-op on Linux). With electron-builder 25 on Windows, check
    // that the installed kiosk starts: "Failed to find file integrity info" means moving to electron-builder 26.
    [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
    [FuseV1Options.OnlyLoadAppFromAsar]: true,
    resetAdHocDarwinSignature: electronPlatformName === 'darwin' && context.arch === 3,
  });
  console.log(`afterPack: fuses flipped in ${binary}`);
}
