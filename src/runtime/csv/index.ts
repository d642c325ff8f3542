/** CSV engines behind Import-Csv, ConvertFrom-Csv, Export-Csv and ConvertTo-Csv. */
export { CsvImporter, CsvLineReader, parseCsv, readCsvRecords, type CsvReadOptions } from './csvImporter.js';
export { CsvWriter, columnsOf, writeCsv, type CsvQuoteKind, type CsvWriteOptions } from './csvWriter.js';
export { appendWriteOptions, checkAppendColumns } from './csvAppend.js';
export { csvFieldText } from './csvFieldText.js';
export {
  CsvError,
  appendMismatchError,
  duplicateHeaderError,
  quoteFieldsAndUseQuotesError,
  UNSPECIFIED_HEADER_WARNING,
} from './csvErrors.js';
export { CsvRecordScanner } from './csvRecordScanner.js';
