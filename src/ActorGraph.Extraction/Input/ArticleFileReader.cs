using System.Globalization;
using ActorGraph.Core.Articles;

namespace ActorGraph.Extraction.Input;

/// <summary>Reads articles from <c>.txt</c>, <c>.html</c>/<c>.htm</c>, <c>.json</c> and <c>.jsonl</c> files, reporting bad inputs as errors.</summary>
public sealed class ArticleFileReader
{
    private readonly ArticleInputOptions options;

    /// <summary>Creates a reader with the given options.</summary>
    public ArticleFileReader(ArticleInputOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.MaxFileBytes, nameof(options.MaxFileBytes));
        this.options = options;
    }

    /// <summary>Reads the articles of one file; problems become errors in the result, never exceptions.</summary>
    public async Task<InputFileResult> ReadFileAsync(string path, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        if (!InputFormats.TryFromPath(path, out var format))
        {
            return Failed(path, InputFormats.UnknownExtension(path));
        }

        byte[] bytes;
        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                return Failed(path, Directory.Exists(path) ? "is a folder, not a file" : "file not found");
            }

            if (info.Length > options.MaxFileBytes)
            {
                return Failed(path, TooLarge(info.Length));
            }

            bytes = await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return Failed(path, $"cannot read file: {ex.Message}");
        }

        if (bytes.LongLength > options.MaxFileBytes)
        {
            return Failed(path, TooLarge(bytes.LongLength));
        }

        return Read(path, format, bytes, cancellationToken);
    }

    /// <summary>Reads the articles of a file's content already in memory: the path's extension picks the format and the path names the input in errors.</summary>
    public InputFileResult ReadContent(string path, byte[] bytes, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(bytes);
        if (!InputFormats.TryFromPath(path, out var format))
        {
            return Failed(path, InputFormats.UnknownExtension(path));
        }

        return bytes.LongLength > options.MaxFileBytes ? Failed(path, TooLarge(bytes.LongLength)) : Read(path, format, bytes, cancellationToken);
    }

    // Every reader is meant to turn bad input into errors; should one still throw, that file fails alone and the run goes on.
    private InputFileResult Read(string path, InputFormat format, byte[] bytes, CancellationToken cancellationToken)
    {
        try
        {
            return TextEncodings.ToUtf8(bytes, out var encodingError) is { } utf8
                ? Parse(path, format, utf8, cancellationToken)
                : Failed(path, encodingError!);
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            return Failed(path, $"could not be read: {ex.GetType().Name}: {ex.Message}");
        }
    }

    /// <summary>Expands files and folders into the input files to read: folders recursively, sorted, keeping only known extensions.</summary>
    /// <remarks>
    /// Symbolic links are followed, but each folder is read once, known by its real path, so a link back up the tree
    /// (a loop) is skipped; a file reached twice, by its own path and through a link, is read once. A folder that
    /// cannot be listed and a broken link are errors.
    /// </remarks>
    public static InputPathExpansion ExpandPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<string>();
        var errors = new List<InputError>();
        var seenFiles = new HashSet<string>(OperatingSystem.IsWindows() ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);
        var walk = new InputFolderWalk(errors);
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                foreach (var (file, real) in walk.Files(path))
                {
                    if (seenFiles.Add(real))
                    {
                        files.Add(file);
                    }
                }
            }
            else if (File.Exists(path))
            {
                if (!InputFormats.TryFromPath(path, out _))
                {
                    errors.Add(new InputError(path, null, InputFormats.UnknownExtension(path)));
                }
                else if (seenFiles.Add(RealPaths.Of(path)))
                {
                    files.Add(path);
                }
            }
            else
            {
                errors.Add(new InputError(path, null, "no such file or folder"));
            }
        }

        return new InputPathExpansion(files, errors);
    }

    private InputFileResult Parse(string path, InputFormat format, byte[] bytes, CancellationToken cancellationToken)
    {
        if (format == InputFormat.JsonLines)
        {
            var (articles, errors) = JsonArticleParser.ParseLines(path, bytes, options, cancellationToken);
            return new InputFileResult(path, articles, errors);
        }

        ParsedInput parsed;
        if (format == InputFormat.Json)
        {
            parsed = JsonArticleParser.ParseDocument(path, bytes, options);
        }
        else if (!Utf8Text.TryDecode(bytes, out var content, out var invalidLine))
        {
            parsed = ParsedInput.Fail(path, invalidLine, "invalid UTF-8");
        }
        else
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (format == InputFormat.Html)
            {
                parsed = HtmlArticleParser.Parse(path, content, options);
            }
            else
            {
                var (date, sidecarError) = PublishedSidecar.For(path);
                if (sidecarError is not null)
                {
                    return new InputFileResult(path, [], [sidecarError]);
                }

                parsed = TextArticleParser.Parse(path, content, date is null ? options : options with { DefaultPublished = date });
            }
        }

        return parsed.Article is { } article
            ? new InputFileResult(path, [article], [])
            : new InputFileResult(path, [], [parsed.Error!]);
    }

    private string TooLarge(long length) =>
        string.Create(CultureInfo.InvariantCulture, $"file too large: {length} bytes, over the limit of {options.MaxFileBytes} bytes");

    private static InputFileResult Failed(string path, string reason) =>
        new(path, Array.Empty<Article>(), [new InputError(path, null, reason)]);
}
