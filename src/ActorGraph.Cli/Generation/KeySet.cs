namespace ActorGraph.Cli.Generation;

/// <summary>A set of non-negative 64-bit keys by open addressing: a fifth of the memory of a HashSet of millions of longs.</summary>
internal sealed class KeySet
{
    private const long Empty = -1;
    private long[] slots;
    private int mask;

    public KeySet(int expected)
    {
        var capacity = 16;
        while (capacity < expected * 2L)
        {
            capacity <<= 1;
        }

        slots = NewSlots(capacity);
        mask = capacity - 1;
    }

    public int Count { get; private set; }

    /// <summary>Adds a key; false when it was already there.</summary>
    public bool Add(long key)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(key);
        if ((Count + 1) * 2L > slots.Length)
        {
            Grow();
        }

        var i = Slot(key, mask);
        while (slots[i] != Empty)
        {
            if (slots[i] == key)
            {
                return false;
            }

            i = (i + 1) & mask;
        }

        slots[i] = key;
        Count++;
        return true;
    }

    /// <summary>Every key, ascending.</summary>
    public long[] ToSortedArray()
    {
        var keys = new long[Count];
        var n = 0;
        foreach (var key in slots)
        {
            if (key != Empty)
            {
                keys[n++] = key;
            }
        }

        Array.Sort(keys);
        return keys;
    }

    private void Grow()
    {
        var old = slots;
        slots = NewSlots(old.Length * 2);
        mask = slots.Length - 1;
        foreach (var key in old)
        {
            if (key != Empty)
            {
                var i = Slot(key, mask);
                while (slots[i] != Empty)
                {
                    i = (i + 1) & mask;
                }

                slots[i] = key;
            }
        }
    }

    private static int Slot(long key, int mask) => (int)(((ulong)key * 0x9E3779B97F4A7C15UL) >> 32) & mask;

    private static long[] NewSlots(int capacity)
    {
        var slots = new long[capacity];
        Array.Fill(slots, Empty);
        return slots;
    }
}
