/** JSON engines behind ConvertTo-Json and ConvertFrom-Json. */
export { toJson, type ToJsonOptions, type ToJsonResult } from './toJson.js';
export { fromJson, type FromJsonOptions } from './fromJson.js';
export { JsonTextReader, JsonObjectValue, type JsonValue } from './jsonTextReader.js';
export { quoteJsonString, type JsonEscapeHandling } from './jsonStringEscape.js';
export {
  JsonError,
  JsonSyntaxError,
  depthTruncatedWarning,
  emptyKeyError,
  keysWithDifferentCasingError,
  nonStringKeyError,
} from './jsonErrors.js';
