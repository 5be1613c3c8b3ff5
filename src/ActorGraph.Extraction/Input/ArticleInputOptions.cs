namespace ActorGraph.Extraction.Input;

/// <summary>How articles are read from files.</summary>
public sealed record ArticleInputOptions
{
    /// <summary>The default largest file read: 20 MiB.</summary>
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Files larger than this many bytes are reported as errors and not read.</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>The publication date given to articles whose input carries none (the CLI's <c>--published</c>).</summary>
    public DateOnly? DefaultPublished { get; init; }
}
