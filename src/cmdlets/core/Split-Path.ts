/**
 * Split-Path: a part of each path — its parent (the default), leaf, leaf without extension,
 * extension, drive qualifier or the rest — or whether it is absolute. -Resolve splits the
 * existing items the path names instead of its text.
 */
import { defineCmdlet, param } from '../../runtime/commands/defineCmdlet.js';
import { existingItems } from '../shared/files/cmdletPaths.js';
import { commandError } from '../shared/files/commandErrors.js';
import { leafPart, parentPart, qualifierOf, withoutQualifier } from '../shared/files/joinPath.js';

const pathSet = { mandatory: true, position: 0, fromPipeline: true, byPropertyName: true };

function extensionOf(leaf: string): string {
  const dot = leaf.lastIndexOf('.');
  return dot < 0 ? '' : leaf.slice(dot);
}

export default defineCmdlet({
  name: 'Split-Path',
  module: 'Microsoft.PowerShell.Management',
  defaultParameterSet: 'ParentSet',
  synopsis: 'Returns the specified part of a path.',
  parameters: {
    Path: param.strings({
      sets: {
        ParentSet: pathSet,
        LeafSet: pathSet,
        LeafBaseSet: pathSet,
        ExtensionSet: pathSet,
        QualifierSet: pathSet,
        NoQualifierSet: pathSet,
        IsAbsoluteSet: pathSet,
      },
    }),
    LiteralPath: param.strings({ aliases: ['PSPath', 'LP'], sets: { LiteralPathSet: { mandatory: true, byPropertyName: true } } }),
    Qualifier: param.switch({ sets: { QualifierSet: { mandatory: true, byPropertyName: true } } }),
    NoQualifier: param.switch({ sets: { NoQualifierSet: { mandatory: true, byPropertyName: true } } }),
    Parent: param.switch({ sets: { ParentSet: { byPropertyName: true } } }),
    Leaf: param.switch({ sets: { LeafSet: { mandatory: true, byPropertyName: true } } }),
    LeafBase: param.switch({ sets: { LeafBaseSet: { mandatory: true, byPropertyName: true } } }),
    Extension: param.switch({ sets: { ExtensionSet: { mandatory: true, byPropertyName: true } } }),
    Resolve: param.switch(),
    IsAbsolute: param.switch({ sets: { IsAbsoluteSet: { mandatory: true } } }),
  },
  invoke: (c) => {
    const name = c.commandName;

    const split = (path: string): void => {
      switch (c.parameterSetName) {
        case 'LeafSet':
          c.write(leafPart(path));
          return;
        case 'LeafBaseSet': {
          const leaf = leafPart(path);
          c.write(leaf.slice(0, leaf.length - extensionOf(leaf).length));
          return;
        }
        case 'ExtensionSet':
          c.write(extensionOf(leafPart(path)));
          return;
        case 'QualifierSet': {
          const qualifier = qualifierOf(path);
          if (qualifier !== null) c.write(qualifier);
          else {
            c.writeError(
              commandError(
                name,
                `Cannot parse path because path '${path}' does not have a qualifier specified.`,
                'ParsePathFormatError',
                'InvalidArgument',
                'System.FormatException',
                path,
              ),
            );
          }
          return;
        }
        case 'NoQualifierSet':
          c.write(withoutQualifier(path));
          return;
        case 'IsAbsoluteSet':
          c.write(path.startsWith('/') || path.startsWith('\\') || path.startsWith('~') || qualifierOf(path) !== null);
          return;
        default: {
          const parent = parentPart(path);
          if (parent !== null) c.write(parent);
          else {
            // pwsh stops the command here rather than writing a non-terminating error.
            c.fail(
              commandError(
                name,
                'Cannot process argument because the value of argument "path" is not valid. Change the value of the "path" argument and run the operation again.',
                'Argument',
                'InvalidArgument',
                'System.Management.Automation.PSArgumentException',
              ),
            );
          }
        }
      }
    };

    return {
      process() {
        const literal = c.isBound('LiteralPath');
        for (const text of (literal ? c.params.LiteralPath : c.params.Path) ?? []) {
          if (!c.params.Resolve) {
            split(text);
            continue;
          }
          for (const item of existingItems(c, text, literal)) split(item.kind === 'FileSystem' ? item.full : text);
        }
      },
    };
  },
});
