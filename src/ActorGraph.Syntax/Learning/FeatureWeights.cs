using System.Runtime.CompilerServices;

namespace ActorGraph.Syntax.Learning;

/// <summary>Frozen averaged weights: an open-addressing table from feature key to its run of (class, weight) pairs.
/// Read-only after construction, so one instance serves any number of threads.</summary>
internal sealed class FeatureWeights
{
    private readonly ulong[] slotKeys;
    private readonly int[] slotStarts;
    private readonly int[] slotEnds;
    private readonly ushort[] classes;
    private readonly float[] weights;
    private readonly ulong mask;

    public FeatureWeights(int classCount, ulong[] keys, int[] starts, ushort[] classes, float[] weights)
    {
        ClassCount = classCount;
        Keys = keys;
        Starts = starts;
        this.classes = classes;
        this.weights = weights;
        var capacity = 16;
        while (capacity < keys.Length * 2)
        {
            capacity *= 2;
        }

        mask = (ulong)capacity - 1;
        slotKeys = new ulong[capacity];
        slotStarts = new int[capacity];
        slotEnds = new int[capacity];
        for (var f = 0; f < keys.Length; f++)
        {
            var slot = keys[f] & mask;
            while (slotKeys[slot] != 0)
            {
                slot = (slot + 1) & mask;
            }

            slotKeys[slot] = keys[f];
            slotStarts[slot] = starts[f];
            slotEnds[slot] = starts[f + 1];
        }
    }

    /// <summary>The number of classes scored.</summary>
    public int ClassCount { get; }

    /// <summary>Feature keys in stored order.</summary>
    public ulong[] Keys { get; }

    /// <summary>Where each feature's pairs start (one more entry than keys).</summary>
    public int[] Starts { get; }

    /// <summary>The class of each pair.</summary>
    public ReadOnlySpan<ushort> Classes => classes;

    /// <summary>The weight of each pair.</summary>
    public ReadOnlySpan<float> Weights => weights;

    /// <summary>Sets the scores to the sum of the features' weights per class.</summary>
    public void Score(ReadOnlySpan<ulong> keys, Span<float> scores)
    {
        scores.Clear();
        foreach (var key in keys)
        {
            var slot = Find(key);
            if (slot >= 0)
            {
                var end = slotEnds[slot];
                for (var e = slotStarts[slot]; e < end; e++)
                {
                    scores[classes[e]] += weights[e];
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private long Find(ulong key)
    {
        var slot = key & mask;
        while (true)
        {
            var k = slotKeys[slot];
            if (k == key)
            {
                return (long)slot;
            }

            if (k == 0)
            {
                return -1;
            }

            slot = (slot + 1) & mask;
        }
    }

    /// <summary>Writes the weights (keys, run lengths, classes and weights).</summary>
    public void Write(BinaryWriter writer)
    {
        writer.Write(ClassCount);
        writer.Write(Keys.Length);
        writer.Write(classes.Length);
        foreach (var key in Keys)
        {
            writer.Write(key);
        }

        for (var f = 0; f < Keys.Length; f++)
        {
            writer.Write7BitEncodedInt(Starts[f + 1] - Starts[f]);
        }

        foreach (var c in classes)
        {
            writer.Write(c);
        }

        foreach (var w in weights)
        {
            writer.Write(w);
        }
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
        for (var f = 0; f < featureCount; f++)
        {
            keys[f] = reader.ReadUInt64();
        }

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
        for (var e = 0; e < pairCount; e++)
        {
            classes[e] = reader.ReadUInt16();
            if (classes[e] >= classCount)
            {
                throw new InvalidDataException("weight table class out of range");
            }
        }

        var weights = new float[pairCount];
        for (var e = 0; e < pairCount; e++)
        {
            weights[e] = reader.ReadSingle();
        }

        return new FeatureWeights(classCount, keys, starts, classes, weights);
    }
}
