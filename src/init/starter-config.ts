/**
 * The commented starter project config `plan init --config` writes. Every
 * setting is shown, most commented out, so that it reads as documentation
 * and is valid as written (a test checks it). The keys are English, as in a
 * plan; the comments are in English, the language of CI files.
 */
export function starterConfig(): string {
  return `# yaml-language-server: $schema=https://raw.githubusercontent.com/plan-compiler/plan/main/schemas/config.schema.json
#
# Project config of plan (https://github.com/plan-compiler/plan). plan check
# finds it from each plan's folder upward, up to the repository root; a
# plan.config.yaml nearer a plan wins. --config FILE and --no-config override.

# A severity per diagnostic code: off, info, warning or error. Every code is
# listed in the README and documented in docs/rules/<code>.md.
rules:
  # Results that change with the date (overdue, late to start) can be
  # turned off where deadlines are reviewed elsewhere:
  # overdue: off
  # late-to-start: off
  due-soon: info

# The traffic-light rule for every plan here, as a plan's lights: block
# (a plan's own block wins). Presets: yinchuan (default), sanya, xuancheng,
# suqian.
# lights:
#   preset: yinchuan
#   yellow: 10
#   red: 30

# A shared units registry (id: name, or id: { name, aliases, members }),
# relative to this file; a plan's own units win.
# units: units.yaml

# Files to leave out when walking folders or expanding globs (gitignore
# syntax, relative to this folder). A file named on the command line is
# always checked.
ignore:
  - drafts/

# Language of messages for plans that set no locale: zh-CN, zh-TW or en.
# lang: zh-CN
`;
}
