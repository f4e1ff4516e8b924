/**
 * One bundle, two adapters: run with arguments (or through the `creatify-avatars` bin)
 * it is the command line; run bare by the Actions runner it is the action.
 */
// stack traces point into src/ when they can be printed: in debug runs (dist/ has the maps)
if (process.env.RUNNER_DEBUG === '1' || process.env.CREATIFY_AVATARS_DEBUG === '1') process.setSourceMapsEnabled(true);

const asCli = process.env.CREATIFY_AVATARS_CLI === '1' || process.argv.length > 2;

if (asCli) {
  const { main } = await import('./cli/main.js');
  process.exitCode = await main(process.argv.slice(2));
} else {
  const { run } = await import('./action/run.js');
  await run();
}
