import { useEffect, useState } from 'react';
import { listVersions } from '@/store/version-keeping';
import { useVersions, type VersionMeta } from '@/store/versions';

/** The versions as read: null while they are read. */
type Versions = VersionMeta[] | null;

/** A canvas's versions, newest first, read again whenever one is kept or let go. */
export function useVersionList(canvasId: string): Versions {
  const revision = useVersions((state) => state.revision);
  const [read, setRead] = useState<{ key: string; versions: VersionMeta[] } | null>(null);
  const key = `${canvasId}:${revision}`;
  useEffect(() => {
    let live = true;
    listVersions(canvasId).then(
      (versions) => live && setRead({ key, versions }),
      () => live && setRead({ key, versions: [] }),
    );
    return () => {
      live = false;
    };
  }, [canvasId, key]);
  return read?.key === key ? read.versions : (read?.versions ?? null);
}
