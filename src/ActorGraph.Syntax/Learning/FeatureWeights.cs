using System.Runtime.InteropServices;

namespace ActorGraph.Syntax.Learning;

/// <summary>Frozen averaged weights: an open-addressing table from feature key to its run of (class, weight) pairs.
/// Read-only after construction, so one instance serves any number of threads.</summary>
internal sealed class FeatureWeights
{
    private readonly Slot[] slots;
    private readonly Pair[] pairs;
    private readonly ulong mask;

    public FeatureWeights(int classCount, ulong[] keys, int[] starts, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        Keys = keys;
        Starts = starts;
        pairs = new Pair[classes.Length];
        for (var e = 0; e < classes.Length; e++)
        {
            pairs[e] = new Pair(classes[e], weights[e]);
        }

        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity *= 2;
        }

        mask = (ulong)capacity - 1;
        slots = new Slot[capacity];
        for (var f = 0; f < keys.Length; f++)
        {
            var slot = keys[f] & mask;
            while (slots[slot].Key != 0)
            {
                slot = (slot + 1) & mask;
            }

            slots[slot] = new Slot(keys[f], starts[f], starts[f + 1]);
        }
    }

    /// <summary>The number of classes scored.</summary>
    public int ClassCount { get; }

    /// <summary>Feature keys in stored order.</summary>
    public ulong[] Keys { get; }

    /// <summary>Where each feature's pairs start (one more entry than keys).</summary>
    public int[] Starts { get; }

    /// <summary>Sets the scores to the sum of the features' weights per class.</summary>
    public void Score(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        scores.Clear();

        // Two passes: all table probes first (independent loads the processor overlaps), then the additions.
        Span<Slot> found = stackalloc Slot[keys.Length];
        var count = 0;
        var table = slots;
        foreach (var key in keys)
        {
            var slot = key & mask;
            while (true)
            {
                ref readonly var candidate = ref table[slot];
                if (candidate.Key == key)
                {
                    found[count++] = candidate;
                    break;
                }

                if (candidate.Key == 0)
                {
                    break;
                }

                slot = (slot + 1) & mask;
            }
        }

        var all = pairs;
        for (var i = 0; i < count; i++)
        {
            var end = found[i].End;
            for (var e = found[i].Start; e < end; e++)
            {
                scores[all[e].Class] += all[e].Weight;
            }
        }
    }

    private readonly record struct Slot(ulong Key, int Start, int End);

    private readonly record struct Pair(ushort Class, float Weight);

    /// <summary>Writes the weights (keys, run lengths, classes and weights).</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(ClassCount);
        writer.Write(Keys.Length);
        writer.Write(pairs.Length);
        // Little-endian raw arrays: a load is a few block copies, not millions of calls.
        writer.Write(MemoryMarshal.AsBytes(Keys.AsSpan()));
        for (var f = 0; f < Keys.Length; f++)
        {
            writer.Write7BitEncodedInt(Starts[f + 1] - Starts[f]);
        }

        writer.Write(MemoryMarshal.AsBytes(pairs.Select(p => p.Class).ToArray().AsSpan()));
        writer.Write(MemoryMarshal.AsBytes(pairs.Select(p => p.Weight).ToArray().AsSpan()));
    }

    /// <summary>Reads weights written by <see cref="Write"/>.</summary>
    public static FeatureWeights Read(BinaryReader reader)
    {
        var classCount = reader.ReadInt32();
        var featureCount = reader.ReadInt32();
        var pairCount = reader.ReadInt32();
        if (classCount is < 1 or > ushort.MaxValue || featureCount < 0 || pairCount < 0)
        {
            throw new InvalidDataException("weight table header out of range");
        }

        var keys = new ulong[featureCount];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(keys.AsSpan()));

        var starts = new int[featureCount + 1];
        for (var f = 0; f < featureCount; f++)
        {
            starts[f + 1] = starts[f] + reader.Read7BitEncodedInt();
        }

        if (starts[featureCount] != pairCount)
        {
            throw new InvalidDataException("weight table run lengths do not add up");
        }

        var classes = new ushort[pairCount];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(classes.AsSpan()));
        foreach (var c in classes)
        {
            if (c >= classCount)
            {
                throw new InvalidDataException("weight table class out of range");
            }
        }

        var weights = new float[pairCount];
        reader.BaseStream.ReadExactly(MemoryMarshal.AsBytes(weights.AsSpan()));

        return new FeatureWeights(classCount, keys, starts, classes, weights);
    }
}
