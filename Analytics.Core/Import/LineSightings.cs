using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LivePeak.Analytics.Domain;

namespace LivePeak.Analytics.Import;

/// <summary>
/// Which order lines an importer has already read, across the files it reads one after another,
/// so a line exported twice (overlapping exports) counts once. A line's identity is its platform,
/// shop, order, line id and created time; one file may hold the same identity several times (a
/// POS log listing a product twice in an order), so the n-th of a file is a duplicate exactly
/// when an earlier file held the identity at least n times.
/// <para>
/// Per identity it keeps its 128-bit hash (<see cref="IdentityHash"/>) and four counts, about 44
/// bytes, where the texts themselves took over 300 bytes a line.
/// </para>
/// </summary>
internal sealed class LineSightings
{
    private struct Sighting
    {
        /// <summary>The most times any file read so far held the identity.</summary>
        public int MostInAFile;

        /// <summary><see cref="MostInAFile"/> before the file being read started.</summary>
        public int MostBefore;

        /// <summary>The file last seen holding it (numbered from 1) and how many times it did.</summary>
        public int File;

        public int InFile;
    }

    private readonly Dictionary<IdentityHash, Sighting> _lines = [];
    private int _files;
    private bool _remembering = true;

    /// <summary>
    /// Starts a file: the number to pass with each of its lines. When no file will be read after
    /// it (<paramref name="laterFilesFollow"/> false), lines not seen before are not remembered:
    /// nothing would ever be checked against them, so one order file keeps no identities at all.
    /// </summary>
    public int StartFile(bool laterFilesFollow = true)
    {
        _remembering = laterFilesFollow;
        return ++_files;
    }

    /// <summary>False when no line of the current file can be a duplicate or be checked against
    /// later: its identity need not even be computed.</summary>
    public bool NeedsIdentities => _remembering || _lines.Count > 0;

    /// <summary>Identities remembered so far.</summary>
    public int Count => _lines.Count;

    /// <summary>True the first time a line is seen: not read before in this file's turn nor in an earlier file.</summary>
    public bool IsFirst(int file, IdentityHash identity)
    {
        if (!_remembering)
        {
            ref var known = ref CollectionsMarshal.GetValueRefOrNullRef(_lines, identity);
            return Unsafe.IsNullRef(ref known) || See(ref known, file);
        }

        return See(ref CollectionsMarshal.GetValueRefOrAddDefault(_lines, identity, out _), file);
    }

    private static bool See(ref Sighting s, int file)
    {
        if (s.File != file)
        {
            s.MostBefore = s.MostInAFile;
            s.File = file;
            s.InFile = 0;
        }

        s.InFile++;
        if (s.InFile <= s.MostBefore)
        {
            return false;
        }

        s.MostInAFile = s.InFile;
        return true;
    }
}
