/**
 * Parameters every Microsoft Graph cmdlet has (directory-cmdlets.md 1.3): the HTTP boilerplate,
 * accepted and ignored, and the list parameters of the *_List variants.
 */
import { param } from '../../runtime/commands/defineCmdlet.js';

/** On every cmdlet; none of them changes what the emulator does. */
export const httpParameters = () => ({
  Headers: param.hashtable(),
  ResponseHeadersVariable: param.string({ aliases: ['RHV'] }),
  Break: param.switch(),
  HttpPipelineAppend: param.objects(),
  HttpPipelinePrepend: param.objects(),
  Proxy: param.typed<unknown>('uri'),
  ProxyCredential: param.typed<unknown>('pscredential'),
  ProxyUseDefaultCredentials: param.switch(),
});

/** -Property and -ExpandProperty, in every read set. */
export const selectParameters = () => ({
  Property: param.strings({ aliases: ['Select'] }),
  ExpandProperty: param.strings({ aliases: ['Expand'] }),
});

/** The paging and query parameters of a List set. */
export const listParameters = (set = 'List') => ({
  Filter: param.string({ sets: [set] }),
  Search: param.string({ sets: [set] }),
  Sort: param.strings({ sets: [set], aliases: ['OrderBy'] }),
  Top: param.int({ sets: [set], aliases: ['Limit'] }),
  Skip: param.int({ sets: [set] }),
  PageSize: param.int({ sets: [set] }),
  All: param.switch({ sets: [set] }),
  CountVariable: param.string({ sets: [set], aliases: ['CV'] }),
  ConsistencyLevel: param.string({ sets: [set] }),
});

/** -WhatIf/-Confirm come from supportsShouldProcess; deletes add -IfMatch and -PassThru. */
export const deleteParameters = () => ({
  IfMatch: param.string(),
  PassThru: param.switch(),
});
