/** Injection tokens of the ML app (values that are not classes). */
export const ML_LOGGER = Symbol('ML_LOGGER');
export const ML_LIMITS = Symbol('ML_LIMITS');
