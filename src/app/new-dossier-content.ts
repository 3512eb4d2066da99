// What creating a dossier needs from the content, loaded only when the user creates one.
export async function loadNewDossierContent() {
  const [{ loadContent }, { firstPosition }] = await Promise.all([
    import('@/content-loader/registry'),
    import('@/content-loader/build-registry'),
  ]);
  const { registry } = loadContent();
  if (!registry) throw new Error('The content could not be loaded');
  return { contentVersion: registry.manifest.contentVersion, start: firstPosition(registry) };
}
