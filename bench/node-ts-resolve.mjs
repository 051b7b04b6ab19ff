// Resolve hook (see index.ts): a relative import ending in ".node" that Node cannot find is retried as ".node.ts".
export async function resolve(specifier, context, nextResolve) {
  try {
    return await nextResolve(specifier, context);
  } catch (error) {
    if (error?.code === 'ERR_MODULE_NOT_FOUND' && specifier.startsWith('.') && specifier.endsWith('.node')) {
      return nextResolve(`${specifier}.ts`, context);
    }
    throw error;
  }
}
