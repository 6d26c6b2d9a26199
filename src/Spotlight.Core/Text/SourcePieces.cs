using System.Collections;
using System.Runtime.CompilerServices;

namespace Spotlight.Text;

/// <summary>
/// The pieces of a <see cref="SourceMap"/>, in the order of the text, their text offsets never decreasing. A text of a
/// few pieces keeps them as an array. A text joined from many pieces (a paragraph of a million hyphen breaks) keeps
/// them in chunks, as <see cref="SourcePieces.Builder"/> filled them, so that they are never copied into one array;
/// within a chunk, pieces go in groups of <see cref="GroupSize"/>, the first in full and the others as two-byte steps
/// from the one before, four bytes a piece where an array takes eight.
/// </summary>
[CollectionBuilder(typeof(SourcePieces), nameof(Create))]
public sealed class SourcePieces : IReadOnlyList<SourceSegment>
{
    private const int GroupSize = 16;
    private const int GroupsPerChunk = 64;
    private const int ChunkSize = GroupSize * GroupsPerChunk;

    /// <summary>The most pieces kept as an array; a builder past it goes on in chunks.</summary>
    internal const int MostInArray = ChunkSize;

    private readonly SourceSegment[]? _array;
    private readonly Chunk[]? _chunks;

    public static SourcePieces Empty { get; } = new([]);

    private SourcePieces(SourceSegment[] array) => (_array, Count) = (array, array.Length);

    private SourcePieces(Chunk[] chunks, int count) => (_chunks, Count) = (chunks, count);

    /// <summary>Pieces given in order (what a collection expression makes).</summary>
    public static SourcePieces Create(ReadOnlySpan<SourceSegment> pieces) => pieces.IsEmpty ? Empty : new(pieces.ToArray());

    public int Count { get; }

    public SourceSegment this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            return _array is not null ? _array[index] : _chunks![index / ChunkSize].Get(index % ChunkSize);
        }
    }

    /// <summary>
    /// The index of the last piece starting at or before text offset <paramref name="offset"/>; the first piece's for
    /// an offset before all. There must be a piece.
    /// </summary>
    public int IndexAt(int offset)
    {
        if (_array is not null)
            return LastAtOrBefore(_array, offset);
        var chunks = _chunks!;
        int lo = 0, hi = chunks.Length - 1, chunk = 0;
        while (lo <= hi)
        {
            int mid = lo + (hi - lo) / 2;
            if (chunks[mid].Heads[0].TextOffset <= offset)
                (chunk, lo) = (mid, mid + 1);
            else
                hi = mid - 1;
        }
        return chunk * ChunkSize + chunks[chunk].IndexAt(offset);
    }

    /// <summary>The last of the ordered <paramref name="pieces"/> starting at or before <paramref name="offset"/>, or 0.</summary>
    private static int LastAtOrBefore(ReadOnlySpan<SourceSegment> pieces, int offset)
    {
        int lo = 0, hi = pieces.Length - 1, found = 0;
        while (lo <= hi)
        {
            int mid = lo + (hi - lo) / 2;
            if (pieces[mid].TextOffset <= offset)
                (found, lo) = (mid, mid + 1);
            else
                hi = mid - 1;
        }
        return found;
    }

    public IEnumerator<SourceSegment> GetEnumerator()
    {
        if (_array is not null)
        {
            foreach (var piece in _array)
                yield return piece;
            yield break;
        }
        int left = Count;
        foreach (var chunk in _chunks!)
        {
            for (int group = 0; group < chunk.Heads.Length && left > 0; group++)
            {
                var piece = chunk.Heads[group];
                for (int k = 0; k < GroupSize && left > 0; k++, left--)
                {
                    if (k > 0)
                        piece = chunk.Next(group, k, piece);
                    yield return piece;
                }
            }
        }
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>Where in a chunk's steps the text step of piece <paramref name="k"/> (1 to 15) of a group stands; its source step follows.</summary>
    private static int StepAt(int group, int k) => (group * (GroupSize - 1) + k - 1) * 2;

    /// <summary>
    /// Up to <see cref="ChunkSize"/> pieces. A group whose steps do not all fit in two bytes each (a piece that starts
    /// more than 65,535 characters after the one before, or before it in the source) is kept in full instead.
    /// </summary>
    private sealed class Chunk(SourceSegment[] heads, ushort[] steps, SourceSegment[]?[]? wide)
    {
        public SourceSegment[] Heads => heads;

        public SourceSegment Get(int index)
        {
            int group = index / GroupSize, k = index % GroupSize;
            if (wide?[group] is { } whole)
                return whole[k];
            var piece = heads[group];
            for (int i = 1; i <= k; i++)
                piece = Step(group, i, piece);
            return piece;
        }

        /// <summary>Piece <paramref name="k"/> of a group, from the one before it.</summary>
        public SourceSegment Next(int group, int k, SourceSegment before) => wide?[group] is { } whole ? whole[k] : Step(group, k, before);

        private SourceSegment Step(int group, int k, SourceSegment before)
        {
            int at = StepAt(group, k);
            return new SourceSegment(before.TextOffset + steps[at], before.SourceOffset + steps[at + 1]);
        }

        public int IndexAt(int offset)
        {
            int group = LastAtOrBefore(heads, offset);
            int index = group * GroupSize;
            var piece = heads[group];
            for (int k = 1; k < GroupSize && index + 1 < Count; k++)
            {
                piece = Next(group, k, piece);
                if (piece.TextOffset > offset)
                    break;
                index++;
            }
            return index;
        }

        /// <summary>How many pieces the chunk holds.</summary>
        public int Count { get; init; }
    }

    /// <summary>Pieces gathered one at a time, and made into <see cref="SourcePieces"/> once.</summary>
    public sealed class Builder
    {
        // Until MostInArray, an array that doubles from a few (most texts are a few lines).
        private SourceSegment[] _array = new SourceSegment[4];
        private readonly List<Chunk> _chunks = [];
        private SourceSegment[]? _heads;
        private ushort[]? _steps;
        private SourceSegment[]?[]? _wide;
        private int _inChunk;

        public int Count { get; private set; }

        public SourceSegment Last { get; private set; }

        public void Add(SourceSegment piece)
        {
            if (Count < MostInArray)
            {
                if (Count == _array.Length)
                    Array.Resize(ref _array, Math.Min(_array.Length * 2, MostInArray));
                _array[Count++] = piece;
                Last = piece;
                return;
            }
            if (Count == MostInArray)
            {
                // Past the array: its pieces become the first chunk.
                var first = _array;
                _array = [];
                for (int i = 0; i < first.Length; i++)
                    AddToChunk(first[i], i == 0 ? default : first[i - 1]);
            }
            AddToChunk(piece, Last);
            Count++;
            Last = piece;
        }

        /// <param name="before">The piece added before it (not read for the first of a group).</param>
        private void AddToChunk(SourceSegment piece, SourceSegment before)
        {
            if (_heads is null || _inChunk == ChunkSize)
            {
                CloseChunk();
                (_heads, _steps, _wide, _inChunk) = (new SourceSegment[GroupsPerChunk], new ushort[GroupsPerChunk * (GroupSize - 1) * 2], null, 0);
            }
            int group = _inChunk / GroupSize, k = _inChunk % GroupSize;
            _inChunk++;
            if (k == 0)
            {
                _heads[group] = piece;
                return;
            }
            if (_wide?[group] is { } whole)
            {
                whole[k] = piece;
                return;
            }
            int text = piece.TextOffset - before.TextOffset, source = piece.SourceOffset - before.SourceOffset;
            if (text is >= 0 and <= ushort.MaxValue && source is >= 0 and <= ushort.MaxValue)
            {
                int at = StepAt(group, k);
                (_steps![at], _steps[at + 1]) = ((ushort)text, (ushort)source);
                return;
            }
            // A step too long for two bytes: this group is kept whole.
            var all = new SourceSegment[GroupSize];
            var chunk = new Chunk(_heads, _steps!, _wide) { Count = _inChunk };
            for (int i = 0; i < k; i++)
                all[i] = chunk.Get(group * GroupSize + i);
            all[k] = piece;
            _wide ??= new SourceSegment[]?[GroupsPerChunk];
            _wide[group] = all;
        }

        private void CloseChunk()
        {
            if (_heads is null)
                return;
            // The last chunk is cut to the groups it fills; the others are full.
            int groups = (_inChunk + GroupSize - 1) / GroupSize;
            if (groups < GroupsPerChunk)
            {
                Array.Resize(ref _heads, groups);
                Array.Resize(ref _steps, groups * (GroupSize - 1) * 2);
                if (_wide is not null)
                    Array.Resize(ref _wide, groups);
            }
            _chunks.Add(new Chunk(_heads, _steps!, _wide) { Count = _inChunk });
            _heads = null;
        }

        /// <summary>The pieces; the builder is let go of what it held, and must not be used again.</summary>
        public SourcePieces ToPieces()
        {
            if (Count <= MostInArray)
            {
                var pieces = Count == 0 ? Empty : new SourcePieces(_array.AsSpan(0, Count).ToArray());
                _array = [];
                return pieces;
            }
            CloseChunk();
            var chunked = new SourcePieces([.. _chunks], Count);
            _chunks.Clear();
            _chunks.TrimExcess();
            return chunked;
        }
    }
}
