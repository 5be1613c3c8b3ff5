namespace ActorGraph.Query.Search;

/// <summary>
/// Per-thread working arrays sized to the graph, reused across queries. A slot is "set" when its mark equals the
/// current stamp, so starting a search costs one increment instead of clearing arrays.
/// </summary>
internal sealed class SearchScratch
{
    [ThreadStatic]
    private static SearchScratch? current;

    private int stamp;

    private SearchScratch()
    {
    }

    public int[] MarkForward { get; private set; } = [];

    public int[] MarkBackward { get; private set; } = [];

    public int[] ParentForward { get; private set; } = [];

    public int[] ParentBackward { get; private set; } = [];

    public int[] DepthForward { get; private set; } = [];

    public int[] DepthBackward { get; private set; } = [];

    public int[] Banned { get; private set; } = [];

    public int[] OnPath { get; private set; } = [];

    public double[] Cost { get; private set; } = [];

    public static SearchScratch Rent(int vertexCount)
    {
        var scratch = current ??= new SearchScratch();
        scratch.Ensure(vertexCount);
        return scratch;
    }

    /// <summary>A stamp no slot holds yet.</summary>
    public int NextStamp()
    {
        if (stamp == int.MaxValue)
        {
            foreach (var marks in new[] { MarkForward, MarkBackward, Banned, OnPath })
            {
                Array.Clear(marks);
            }

            stamp = 0;
        }

        return ++stamp;
    }

    private void Ensure(int vertexCount)
    {
        if (MarkForward.Length >= vertexCount)
        {
            return;
        }

        var size = Math.Max(vertexCount, 16);
        MarkForward = new int[size];
        MarkBackward = new int[size];
        ParentForward = new int[size];
        ParentBackward = new int[size];
        DepthForward = new int[size];
        DepthBackward = new int[size];
        Banned = new int[size];
        OnPath = new int[size];
        Cost = new double[size];
        stamp = 0;
    }
}
