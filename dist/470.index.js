export const id = 470;
export const ids = [470];
export const modules = {

/***/ 46470:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ KNOWN_KEYS),
/* harmony export */   _4: () => (/* binding */ REQUIRED_AFTER_DEFAULTS),
/* harmony export */   je: () => (/* binding */ PLACEHOLDERS),
/* harmony export */   manifestJsonSchema: () => (/* binding */ manifestJsonSchema),
/* harmony export */   rc: () => (/* binding */ manifestSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(40104);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(98439);
/* harmony import */ var _util_django_url_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33005);
/* harmony import */ var _util_parse_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(25303);
/**
 * The manifest schema: the one source of the manifest's TypeScript types, of its
 * validation and of the JSON Schema file that editors use (schema/avatars.schema.json).
 */



const MANIFEST_VERSION = 1;
/** Placeholders a templated string may hold; see expand.ts. */
const PLACEHOLDERS = ['stem', 'name', 'dir', 'index'];
const gender = zod__WEBPACK_IMPORTED_MODULE_2__/* ["enum"] */ .k5n(['m', 'f', 'nb'])
    .meta({
    description: 'Gender of the person: m (male), f (female) or nb (non-binary). Required for every avatar: set it on the avatar or in defaults.',
});
/**
 * Creatify's framework (Django REST Framework) trims text of surrounding whitespace before
 * it checks and stores it, so the manifest does too: limits apply to the trimmed value,
 * and what is sent is what Creatify stores, which the recovery compares with. Limits
 * count characters as Python does (code points; zod's `max` counts UTF-16 units, and
 * would refuse 200 emoji that Creatify takes).
 */
const atMost = (max) => (value, ctx) => {
    if ([...value].length > max)
        ctx.addIssue({ code: 'too_big', origin: 'string', maximum: max, inclusive: true, input: value });
};
const trimmed = (max) => zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP().trim().min(1).superRefine(atMost(max)).meta({ maxLength: max });
const text255 = (description) => trimmed(255).meta({ description });
const webhookUrl = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .trim()
    .superRefine(atMost(200))
    .superRefine((value, ctx) => {
    const problem = (0,_util_django_url_js__WEBPACK_IMPORTED_MODULE_0__/* .urlProblem */ .r)(value, ['https']);
    if (problem !== undefined)
        ctx.addIssue({ code: 'custom', message: problem, params: { url: true } });
})
    .meta({
    description: 'https URL that Creatify calls when the avatar is created (at most 200 characters).',
    maxLength: 200,
    format: 'uri',
    pattern: '^https://',
});
const source = zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
    .min(1)
    .meta({
    description: 'A path or glob relative to the repository root (one avatar per matched file), or an https URL.',
});
/** Fields that `defaults` may set and every avatar may override. */
const sharedFields = {
    gender: gender.optional(),
    video_scene: text255('One word for the backdrop of the video, e.g. office. Required for every avatar: set it on the avatar or in defaults.').optional(),
    keywords: text255('Comma-separated keywords, at most 255 characters.').optional(),
    labels: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(trimmed(255))
        .meta({ description: 'Free tags stored with the avatar.' })
        .optional(),
    webhook_url: webhookUrl.optional(),
};
const NOT_DURATION = 'must be a duration such as 90s or 5m, a number of seconds, or null to turn the check off';
const duration = (description) => zod__WEBPACK_IMPORTED_MODULE_2__/* .union */ .KCZ([
    zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig().min(0),
    // a refinement rather than .regex(), for a message that says what a duration is
    zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .refine((value) => _util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .DURATION_PATTERN */ .Cq.test(value), { error: (issue) => `${NOT_DURATION}, not ${JSON.stringify(issue.input)}` })
        .meta({ pattern: _util_parse_js__WEBPACK_IMPORTED_MODULE_1__/* .DURATION_PATTERN */ .Cq.source }),
    zod__WEBPACK_IMPORTED_MODULE_2__/* ["null"] */ .chJ(),
], { error: NOT_DURATION })
    .meta({ description })
    .optional();
const checksSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    min_duration: duration('Shortest clip accepted, e.g. 15s (the default); null turns the check off.'),
    max_duration: duration('Longest clip accepted, e.g. 5m (the default); null turns the check off.'),
    audio: zod__WEBPACK_IMPORTED_MODULE_2__/* .boolean */ .zMY()
        .nullable()
        .meta({ description: 'The clip must have an audio track (default true: lipsync needs speech); false or null turns the check off.' })
        .optional(),
    min_height: zod__WEBPACK_IMPORTED_MODULE_2__/* .number */ .aig()
        .int()
        .positive()
        .nullable()
        .meta({ description: 'Fewest pixels on the shorter side of the video as shown (after rotation); default null, no check.' })
        .optional(),
})
    .meta({ description: 'What every local video must be, checked before anything is uploaded.' });
const defaultsSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej(sharedFields)
    .meta({ description: 'Fields merged into every avatar; an avatar’s own value wins.' });
const avatarSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    key: trimmed(255)
        .meta({
        description: 'Stable identity of the avatar in the lockfile (default: creator_name). Placeholders {stem} {name} {dir} {index} allowed.',
    })
        .optional(),
    creator_name: zod__WEBPACK_IMPORTED_MODULE_2__/* .string */ .YjP()
        .trim()
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
const manifestSchema = zod__WEBPACK_IMPORTED_MODULE_2__/* .strictObject */ .rej({
    version: zod__WEBPACK_IMPORTED_MODULE_2__/* .literal */ .euz(MANIFEST_VERSION).meta({ description: 'Manifest format version; must be 1.' }),
    checks: checksSchema.optional(),
    defaults: defaultsSchema.optional(),
    avatars: zod__WEBPACK_IMPORTED_MODULE_2__/* .array */ .YOg(avatarSchema).min(1).meta({ description: 'The avatars to create.' }),
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
/** Fields every avatar needs once `defaults` are applied (Creatify's guide lists both as required). */
const REQUIRED_AFTER_DEFAULTS = ['gender', 'video_scene'];
function manifestJsonSchema() {
    const schema = zod__WEBPACK_IMPORTED_MODULE_3__/* .toJSONSchema */ .bl(manifestSchema, { target: 'draft-2020-12', io: 'input' });
    return {
        ...schema,
        $id: 'https://creatify-avatars.dev/schema/avatars.schema.json',
        allOf: REQUIRED_AFTER_DEFAULTS.map(requiredAfterDefaults),
    };
}


/***/ }),

/***/ 33005:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ URL_RULES),
/* harmony export */   r: () => (/* binding */ urlProblem)
/* harmony export */ });
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(77030);
/* harmony import */ var node_net__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_net__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(73136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_url__WEBPACK_IMPORTED_MODULE_1__);
/**
 * The rules of Django's URLValidator, which a URLField of Django REST Framework applies,
 * each refusal told with its reason: a server built on Django refuses what these refuse,
 * so a client can refuse it first, where the user can still fix it.
 *
 * One deliberate difference: the host ends at the first `/`, `?` or `#`, as URL parsers
 * split it, where Django's pattern lets a user name hold `?` or `#`; such URLs are refused.
 */


/** Django refuses longer URLs outright (since its 2023 security releases). */
const MAX_URL = 2048;
/** RFC 1034: a host name of at most 253 characters, labels of at most 63. */
const MAX_HOST = 253;
const MAX_LABEL = 63;
/** Django counts every code point from U+00A1 to U+FFFF as a letter of a host name. */
const LABEL_CHAR = /^[a-z0-9\u00a1-\uffff-]$/iu;
const TLD = /^(?:[a-z\u00a1-\uffff-]{2,63}|xn--[a-z0-9]{1,59})$/iu;
const OCTET = '(?:0|25[0-5]|2[0-4][0-9]|1[0-9]?[0-9]?|[1-9][0-9]?)';
const IPV4 = new RegExp(`^${OCTET}(?:\\.${OCTET}){3}$`);
const length = (text) => [...text].length;
/**
 * Why Django would refuse `value` as a URL with one of `schemes` (lower case), or
 * undefined when it accepts it. The reason reads after "the URL …", e.g. "has no host".
 */
function urlProblem(value, schemes) {
    if (length(value) > MAX_URL)
        return `is longer than ${MAX_URL} characters`;
    if (/\s/u.test(value))
        return 'holds a space or a line break (write a space as %20)';
    const separator = value.indexOf('://');
    const scheme = (separator < 0 ? value : value.slice(0, separator)).toLowerCase();
    if (separator < 0 || !schemes.includes(scheme))
        return `does not start with ${schemes.map((s) => `${s}://`).join(' or ')}`;
    const rest = value.slice(separator + 3);
    const end = rest.search(/[/?#]/);
    const authority = end < 0 ? rest : rest.slice(0, end);
    const at = authority.lastIndexOf('@');
    if (at >= 0 && !/^[^:@]+(?::[^:@]*)?$/.test(authority.slice(0, at)))
        return 'has a malformed user:password@ part';
    const hostAndPort = authority.slice(at + 1);
    const bracketed = hostAndPort.startsWith('[');
    const hostEnd = bracketed ? hostAndPort.indexOf(']') + 1 : hostAndPort.search(/:|$/);
    if (bracketed && hostEnd === 0)
        return 'has an IPv6 address without its closing ]';
    const host = hostAndPort.slice(0, hostEnd);
    const port = hostAndPort.slice(hostEnd);
    if (port !== '' && !/^:[0-9]{1,5}$/.test(port))
        return `has an invalid port "${port.slice(1)}" (1 to 5 digits)`;
    return hostProblem(host);
}
function hostProblem(host) {
    if (host === '')
        return 'has no host';
    if (host.startsWith('[')) {
        const address = host.slice(1, -1);
        return /^[0-9a-f:.]+$/i.test(address) && (0,node_net__WEBPACK_IMPORTED_MODULE_0__.isIPv6)(address) ? undefined : `has an invalid IPv6 address "${address}"`;
    }
    if (IPV4.test(host) || host.toLowerCase() === 'localhost')
        return undefined;
    if (/^[0-9.]+$/.test(host))
        return `has an invalid IPv4 address "${host}"`;
    if (length(host) > MAX_HOST)
        return `has a host name longer than ${MAX_HOST} characters`;
    const problem = hostNameProblem(host);
    if (problem === undefined || !/\P{ASCII}/u.test(host))
        return problem;
    // Django tries an international name again in its ASCII (punycode) form
    const ascii = (0,node_url__WEBPACK_IMPORTED_MODULE_1__.domainToASCII)(host);
    return ascii !== '' && hostNameProblem(ascii) === undefined ? undefined : problem;
}
function hostNameProblem(host) {
    // a trailing dot (an absolute name) is allowed after the top-level domain
    const labels = host.replace(/\.$/, '').split('.');
    if (labels.length < 2)
        return `has the host "${host}" without a top-level domain such as .com (only localhost may go without one)`;
    for (const label of labels) {
        if (label === '')
            return `has an empty part in its host "${host}" (two dots in a row, or a leading dot)`;
        if (length(label) > MAX_LABEL)
            return `has a host name part longer than ${MAX_LABEL} characters`;
        const wrong = [...label].find((c) => !LABEL_CHAR.test(c));
        if (wrong !== undefined)
            return `has the host "${host}", which holds "${wrong}": host names may hold only letters, digits, hyphens and dots`;
        if (label.startsWith('-') || label.endsWith('-'))
            return `has the host "${host}", where "${label}" starts or ends with a hyphen`;
    }
    const tld = labels.at(-1) ?? '';
    if (!TLD.test(tld))
        return `has the top-level domain "${tld}", which is not 2 to 63 letters (nor an xn-- name)`;
    return undefined;
}
/** What Creatify's URL check (Django's) accepts, in a sentence. */
const URL_RULES = 'Creatify checks URLs by Django\'s rules: a host name of letters, digits and hyphens (no "_") ending in a top-level domain such as .com, or an IP address, and no spaces';


/***/ })

};

//# sourceMappingURL=470.index.js.map