export const id = 184;
export const ids = [184];
export const modules = {

/***/ 7184:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   publish: () => (/* binding */ publish)
/* harmony export */ });
async function publish(_context) {
    return {};
}


/***/ })

};

//# sourceMappingURL=184.index.js.map