export const id = 470;
export const ids = [470];
export const modules = {

/***/ 46470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ KNOWN_KEYS),
/* harmony export */   je: () => (/* binding */ PLACEHOLDERS),
/* harmony export */   manifestJsonSchema: () => (/* binding */ manifestJsonSchema),
/* harmony export */   rc: () => (/* binding */ manifestSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(40104);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(98439);
/**
 * The manifest schema: the one source of the manifest's TypeScript types, of its
 * validation and of the JSON Schema file that editors use (schema/avatars.schema.json).
 */

const MANIFEST_VERSION = 1;
/** Placeholders a templated string may hold; see expand.ts. */
const PLACEHOLDERS = ['stem', 'name', 'dir', 'index'];
const gender = zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(['m', 'f', 'nb'])
    .meta({
    description: 'Gender of the person: m (male), f (female) or nb (non-binary). Required for every avatar: set it on the avatar or in defaults.',
});
const text255 = (description) => zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(255).meta({ description });
const webhookUrl = zod__WEBPACK_IMPORTED_MODULE_0__/* .url */ .OZ5({ protocol: /^https$/ })
    .max(200)
    .meta({
    description: 'https URL that Creatify calls when the avatar is created (at most 200 characters).',
    pattern: '^https://',
});
const source = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .min(1)
    .meta({
    description: 'A path or glob relative to the repository root (one avatar per matched file), or an https URL.',
});
/** Fields that `defaults` may set and every avatar may override. */
const sharedFields = {
    gender: gender.optional(),
    video_scene: text255('One word for the backdrop of the video, e.g. office. Required for every avatar: set it on the avatar or in defaults.').optional(),
    keywords: text255('Comma-separated keywords, at most 255 characters.').optional(),
    labels: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1).max(255))
        .meta({ description: 'Free tags stored with the avatar.' })
        .optional(),
    webhook_url: webhookUrl.optional(),
};
/** `90s`, `5m`, `1m30s` or plain seconds, as parseDuration reads them */
const DURATION_PATTERN = /^(?:\d+(?:\.\d+)?|(?:\d+(?:\.\d+)?(?:ms|s|m|h))+)$/;
const NOT_DURATION = 'must be a duration such as 90s or 5m, a number of seconds, or null to turn the check off';
const duration = (description) => zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().min(0),
    // a refinement rather than .regex(), for a message that says what a duration is
    zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .refine((value) => DURATION_PATTERN.test(value), { error: (issue) => `${NOT_DURATION}, not ${JSON.stringify(issue.input)}` })
        .meta({ pattern: DURATION_PATTERN.source }),
    zod__WEBPACK_IMPORTED_MODULE_0__/* ["null"] */ .chJ(),
], { error: NOT_DURATION })
    .meta({ description })
    .optional();
const checksSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    min_duration: duration('Shortest clip accepted, e.g. 15s (the default); null turns the check off.'),
    max_duration: duration('Longest clip accepted, e.g. 5m (the default); null turns the check off.'),
    audio: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .nullable()
        .meta({ description: 'The clip must have an audio track (default true: lipsync needs speech); false or null turns the check off.' })
        .optional(),
    min_height: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig()
        .int()
        .positive()
        .nullable()
        .meta({ description: 'Fewest pixels on the shorter side of the video as shown (after rotation); default null, no check.' })
        .optional(),
})
    .meta({ description: 'What every local video must be, checked before anything is uploaded.' });
const defaultsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej(sharedFields)
    .meta({ description: 'Fields merged into every avatar; an avatar’s own value wins.' });
const avatarSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .max(255)
        .meta({
        description: 'Stable identity of the avatar in the lockfile (default: creator_name). Placeholders {stem} {name} {dir} {index} allowed.',
    })
        .optional(),
    creator_name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .meta({
        description: 'Name of the real person behind the avatar, 1 to 255 characters after placeholders {stem} {name} {dir} {index} are filled in.',
    }),
    lipsync_input: source,
    consent_video: source
        .meta({ description: 'Optional consent clip: one file (no glob) or one https URL, of the same kind as lipsync_input.' })
        .optional(),
    ...sharedFields,
})
    .meta({ description: 'One avatar, or one per file when lipsync_input is a glob.' });
const manifestSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_0__/* .literal */ .euz(MANIFEST_VERSION).meta({ description: 'Manifest format version; must be 1.' }),
    checks: checksSchema.optional(),
    defaults: defaultsSchema.optional(),
    avatars: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(avatarSchema).min(1).meta({ description: 'The avatars to create.' }),
})
    .meta({
    title: 'Creatify avatars manifest',
    description: 'Declares the Creatify custom avatars made from videos in this repository.',
});
/** Keys each object of the manifest accepts, for "did you mean" suggestions. */
const KNOWN_KEYS = {
    root: Object.keys(manifestSchema.shape),
    defaults: Object.keys(defaultsSchema.shape),
    checks: Object.keys(checksSchema.shape),
    avatar: Object.keys(avatarSchema.shape),
};
/** "Required once defaults are applied": when defaults lack the field, every avatar must have it. */
function requiredAfterDefaults(field) {
    return {
        if: { required: ['defaults'], properties: { defaults: { required: [field] } } },
        else: { properties: { avatars: { items: { required: [field] } } } },
    };
}
function manifestJsonSchema() {
    const schema = zod__WEBPACK_IMPORTED_MODULE_1__/* .toJSONSchema */ .bl(manifestSchema, { target: 'draft-2020-12', io: 'input' });
    return {
        ...schema,
        $id: 'https://creatify-avatars.dev/schema/avatars.schema.json',
        allOf: [requiredAfterDefaults('gender'), requiredAfterDefaults('video_scene')],
    };
}


/***/ })

};

//# sourceMappingURL=470.index.js.map