namespace ActorGraph.Syntax.Parsing;

/// <summary>An arc-hybrid configuration: a stack whose bottom is the root (0), a buffer of words (1..n) read left to
/// right, and the arcs built so far with each word's nearest and second-nearest children on each side.</summary>
internal sealed class ParserState
{
    private int[] stack = [];

    /// <summary>The head of each word (-1 while unattached); index 0 is the root.</summary>
    public int[] Heads { get; private set; } = [];

    /// <summary>The relation of each word to its head (-1 while unattached).</summary>
    public int[] Labels { get; private set; } = [];

    public int[] Left1 { get; private set; } = [];

    public int[] Left2 { get; private set; } = [];

    public int[] Right1 { get; private set; } = [];

    public int[] Right2 { get; private set; } = [];

    public int[] LeftCount { get; private set; } = [];

    public int[] RightCount { get; private set; } = [];

    public ulong[] LeftLabels { get; private set; } = [];

    public ulong[] RightLabels { get; private set; } = [];

    /// <summary>The number of words (not counting the root).</summary>
    public int Length { get; private set; }

    /// <summary>The number of items on the stack (the root included).</summary>
    public int StackSize { get; private set; }

    /// <summary>The first word of the buffer (Length + 1 when the buffer is empty).</summary>
    public int Buffer { get; private set; }

    /// <summary>Starts a sentence of <paramref name="length"/> words.</summary>
    public void Reset(int length)
    {
        Length = length;
        var size = length + 1;
        if (Heads.Length < size)
        {
            var capacity = Math.Max(size, Heads.Length * 2);
            stack = new int[capacity];
            Heads = new int[capacity];
            Labels = new int[capacity];
            Left1 = new int[capacity];
            Left2 = new int[capacity];
            Right1 = new int[capacity];
            Right2 = new int[capacity];
            LeftCount = new int[capacity];
            RightCount = new int[capacity];
            LeftLabels = new ulong[capacity];
            RightLabels = new ulong[capacity];
        }

        Array.Fill(Heads, -1, 0, size);
        Array.Fill(Labels, -1, 0, size);
        Array.Fill(Left1, -1, 0, size);
        Array.Fill(Left2, -1, 0, size);
        Array.Fill(Right1, -1, 0, size);
        Array.Fill(Right2, -1, 0, size);
        Array.Clear(LeftCount, 0, size);
        Array.Clear(RightCount, 0, size);
        Array.Clear(LeftLabels, 0, size);
        Array.Clear(RightLabels, 0, size);
        stack[0] = 0;
        StackSize = 1;
        Buffer = 1;
    }

    /// <summary>Whether the parse is complete: every word attached, only the root left.</summary>
    public bool IsTerminal => Buffer > Length && StackSize == 1;

    /// <summary>The stack item <paramref name="depth"/> below the top (0 is the top), or -1.</summary>
    public int Stack(int depth) => depth < StackSize ? stack[StackSize - 1 - depth] : -1;

    /// <summary>The stack item at position <paramref name="index"/> from the bottom.</summary>
    public int StackAt(int index) => stack[index];

    /// <summary>The buffer word <paramref name="offset"/> after the first, or -1.</summary>
    public int BufferAt(int offset) => Buffer + offset <= Length ? Buffer + offset : -1;

    public bool CanShift => Buffer <= Length;

    public bool CanLeft => StackSize >= 2 && Buffer <= Length;

    public bool CanRight => StackSize >= 3 || (StackSize == 2 && Buffer > Length);

    /// <summary>Whether a right arc would attach the top word to the root (the only arc that may carry 'root').</summary>
    public bool RightIsRoot => StackSize == 2;

    public void Shift() => stack[StackSize++] = Buffer++;

    public void Left(int label) => Attach(Buffer, stack[--StackSize], label);

    public void Right(int label)
    {
        var dependent = stack[--StackSize];
        Attach(stack[StackSize - 1], dependent, label);
    }

    private void Attach(int head, int dependent, int label)
    {
        Heads[dependent] = head;
        Labels[dependent] = label;
        var bit = 1UL << (label & 63);
        if (dependent < head)
        {
            LeftCount[head]++;
            LeftLabels[head] |= bit;
            if (Left1[head] < 0 || dependent < Left1[head])
            {
                Left2[head] = Left1[head];
                Left1[head] = dependent;
            }
            else if (Left2[head] < 0 || dependent < Left2[head])
            {
                Left2[head] = dependent;
            }
        }
        else
        {
            RightCount[head]++;
            RightLabels[head] |= bit;
            if (dependent > Right1[head])
            {
                Right2[head] = Right1[head];
                Right1[head] = dependent;
            }
            else if (dependent > Right2[head])
            {
                Right2[head] = dependent;
            }
        }
    }
}
