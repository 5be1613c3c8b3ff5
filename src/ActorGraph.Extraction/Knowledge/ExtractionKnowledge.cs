using ActorGraph.Extraction.Frames;
using ActorGraph.Extraction.Relations;
using ActorGraph.Extraction.Structure;

namespace ActorGraph.Extraction.Knowledge;

/// <summary>What extraction knows: the gazetteer and the relation lexicon, loaded from graph-seeds and any user files.</summary>
public sealed class ExtractionKnowledge
{
    private ExtractionKnowledge(Gazetteer gazetteer, IReadOnlyList<RelationPattern> patterns, FrameLexicon frames, ISentenceParser? parser)
    {
        Gazetteer = gazetteer;
        Patterns = patterns;
        Frames = frames;
        Parser = parser;
    }

    /// <summary>The merged gazetteer.</summary>
    public Gazetteer Gazetteer { get; }

    /// <summary>The relation patterns.</summary>
    public IReadOnlyList<RelationPattern> Patterns { get; }

    /// <summary>The predicate frames read from <c>lexicon/frames/*.frames</c>.</summary>
    public FrameLexicon Frames { get; }

    /// <summary>The sentence parser, or null when no syntax model was found (extraction then uses the patterns alone).</summary>
    internal ISentenceParser? Parser { get; }

    /// <summary>The graph-seeds folder shipped beside the binaries.</summary>
    public static string DefaultSeedsDirectory => Path.Combine(AppContext.BaseDirectory, "graph-seeds");

    /// <summary>
    /// Loads the shipped knowledge plus extra gazetteer files or folders (later records extend earlier ones with the same
    /// id), with the syntax model at <paramref name="syntaxModelPath"/> or else the one shipped in <c>graph-seeds/models/</c>.
    /// </summary>
    public static ExtractionKnowledge Load(IEnumerable<string>? extraGazetteerPaths = null, string? syntaxModelPath = null) =>
        LoadFrom(DefaultSeedsDirectory, extraGazetteerPaths, syntaxModelPath);

    /// <summary>Loads knowledge from a seeds folder holding <c>gazetteer/*.gaz</c>, <c>lexicon/*.lex</c>, <c>lexicon/frames/*.frames</c> and <c>models/</c>.</summary>
    public static ExtractionKnowledge LoadFrom(string seedsDirectory, IEnumerable<string>? extraGazetteerPaths = null, string? syntaxModelPath = null)
    {
        var gazDir = Path.Combine(seedsDirectory, "gazetteer");
        var lexDir = Path.Combine(seedsDirectory, "lexicon");
        if (!Directory.Exists(gazDir) || !Directory.Exists(lexDir))
        {
            throw new DirectoryNotFoundException($"{seedsDirectory}: no gazetteer/ and lexicon/ folders here; the knowledge files ship in graph-seeds/.");
        }

        var gazFiles = Directory.GetFiles(gazDir, "*.gaz").Order(StringComparer.Ordinal).ToList();
        foreach (var extra in extraGazetteerPaths ?? [])
        {
            if (Directory.Exists(extra))
            {
                gazFiles.AddRange(Directory.GetFiles(extra, "*.gaz", SearchOption.AllDirectories).Order(StringComparer.Ordinal));
            }
            else if (File.Exists(extra))
            {
                gazFiles.Add(extra);
            }
            else
            {
                throw new FileNotFoundException($"{extra}: no such gazetteer file or folder.", extra);
            }
        }

        var records = gazFiles.SelectMany(f => GazetteerParser.Parse(File.ReadAllText(f), f)).ToList();
        var patterns = Directory.GetFiles(lexDir, "*.lex").Order(StringComparer.Ordinal)
            .SelectMany(f => LexiconParser.Parse(File.ReadAllText(f), f)).ToList();
        var frameDir = Path.Combine(lexDir, "frames");
        var frames = Directory.Exists(frameDir)
            ? Directory.GetFiles(frameDir, "*.frames").Order(StringComparer.Ordinal).SelectMany(f => FrameParser.Parse(File.ReadAllText(f), f)).ToList()
            : [];
        var parser = SyntaxParsers.Load(syntaxModelPath ?? SyntaxParsers.DefaultModelPath(seedsDirectory), required: syntaxModelPath is not null);
        return new ExtractionKnowledge(new Gazetteer(records), patterns, new FrameLexicon(frames), parser);
    }
}
