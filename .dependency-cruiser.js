// The layers of src/, top to bottom, as `npm run lint:deps` checks them (docs/architecture.md
// explains each). A module may import its own layer and the layers below it, never one above;
// no import cycle anywhere, type-only imports included.
//
//   src/index.ts                 entry: picks the adapter
//   src/action/, src/cli/        adapters (the CLI may start the emulator; the action may not)
//   src/github/                  GitHub: the action's reporting and lockfile commits
//   src/report/                  summaries, results file
//   src/engine/                  plan, sync, wait, recovery of one run
//   src/approval/                the approval wait, while it lives apart from engine/
//   src/plan/                    what to create, from manifest and lockfile
//   src/creatify/                the Creatify client
//   src/manifest/                manifest loading and validation
//   src/lock/                    the lockfile
//   src/files/                   hashing, inspecting, confining paths
//   src/util/                    small helpers with no knowledge of the product
//   src/{errors,model,version,config}.ts   kernel (may import util/)
//
// The emulator (src/emulator/) is a Creatify stand-in beside the layers: it imports only
// itself and util/, and only the CLI starts it.
const LAYERS = [
  { name: 'entry', path: '^src/index\\.ts$' },
  { name: 'adapters', path: '^src/(action|cli)/' },
  { name: 'github', path: '^src/github/' },
  { name: 'report', path: '^src/report/' },
  { name: 'engine', path: '^src/engine/' },
  { name: 'approval', path: '^src/approval/' },
  { name: 'plan', path: '^src/plan/' },
  { name: 'creatify', path: '^src/creatify/' },
  { name: 'manifest', path: '^src/manifest/' },
  { name: 'lock', path: '^src/lock/' },
  { name: 'files', path: '^src/files/' },
  { name: 'util', path: '^src/util/' },
  { name: 'kernel', path: '^src/(errors|model|version|config)\\.ts$' },
];

const KERNEL = LAYERS.length - 1;
const UTIL = KERNEL - 1;

// one rule per layer: nothing above it. The kernel sits under util/ yet may use it (util/
// holds no product knowledge); a cycle between the two is still caught by no-cycles.
const upward = LAYERS.slice(1).map((layer, i) => {
  const index = i + 1;
  const above = LAYERS.slice(0, index).filter((_, j) => !(index === KERNEL && j === UTIL));
  return {
    name: `layer-${layer.name}`,
    comment: `${layer.name} imports only its own layer and those below it`,
    severity: 'error',
    from: { path: layer.path },
    to: { path: above.map((l) => l.path) },
  };
});

export default {
  forbidden: [
    ...upward,
    {
      name: 'no-cycles',
      comment: 'no import cycle anywhere, the emulator included',
      severity: 'error',
      from: { path: '^src/' },
      to: { circular: true },
    },
    {
      name: 'action-not-cli',
      comment: 'the two adapters are independent: the action never imports the CLI, nor the CLI the action',
      severity: 'error',
      from: { path: '^src/(action|cli)/' },
      to: { path: '^src/(action|cli)/', pathNot: '^src/$1/' },
    },
    {
      name: 'github-only-from-action',
      comment: 'github/ serves the action adapter only',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(action|github)/' },
      to: { path: '^src/github/' },
    },
    {
      name: 'emulator-only-from-cli',
      comment: 'only the CLI starts the emulator; the action never bundles a path to it',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/(cli|emulator)/' },
      to: { path: '^src/emulator/' },
    },
    {
      name: 'emulator-self-contained',
      comment: 'the emulator imports only itself and util/, so it cannot drift toward the code it stands in for',
      severity: 'error',
      from: { path: '^src/emulator/' },
      to: { path: '^src/', pathNot: '^src/(emulator|util)/' },
    },
    {
      name: 'src-not-to-dev-dep',
      comment: 'what src/ imports at run time must be a dependency, or the bundle would not build from a production install',
      severity: 'error',
      from: { path: '^src/' },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'every import resolves',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/types/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      exportsFields: ['exports'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
  },
};
