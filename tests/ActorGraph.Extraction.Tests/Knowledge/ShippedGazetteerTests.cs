using ActorGraph.Core.Actors;
using ActorGraph.Extraction.Knowledge;
using ActorGraph.Extraction.Tests.Relations;
using ActorGraph.Extraction.Text;

namespace ActorGraph.Extraction.Tests.Knowledge;

public sealed class ShippedGazetteerTests
{
    // The 193 member states of the United Nations, by ISO 3166-1 alpha-3 code.
    private static readonly string[] UnMembers =
    [
        "AFG", "ALB", "DZA", "AND", "AGO", "ATG", "ARG", "ARM", "AUS", "AUT", "AZE", "BHS", "BHR", "BGD", "BRB", "BLR",
        "BEL", "BLZ", "BEN", "BTN", "BOL", "BIH", "BWA", "BRA", "BRN", "BGR", "BFA", "BDI", "CPV", "KHM", "CMR", "CAN",
        "CAF", "TCD", "CHL", "CHN", "COL", "COM", "COG", "COD", "CRI", "CIV", "HRV", "CUB", "CYP", "CZE", "PRK", "DNK",
        "DJI", "DMA", "DOM", "ECU", "EGY", "SLV", "GNQ", "ERI", "EST", "SWZ", "ETH", "FJI", "FIN", "FRA", "GAB", "GMB",
        "GEO", "DEU", "GHA", "GRC", "GRD", "GTM", "GIN", "GNB", "GUY", "HTI", "HND", "HUN", "ISL", "IND", "IDN", "IRN",
        "IRQ", "IRL", "ISR", "ITA", "JAM", "JPN", "JOR", "KAZ", "KEN", "KIR", "KWT", "KGZ", "LAO", "LVA", "LBN", "LSO",
        "LBR", "LBY", "LIE", "LTU", "LUX", "MDG", "MWI", "MYS", "MDV", "MLI", "MLT", "MHL", "MRT", "MUS", "MEX", "FSM",
        "MCO", "MNG", "MNE", "MAR", "MOZ", "MMR", "NAM", "NRU", "NPL", "NLD", "NZL", "NIC", "NER", "NGA", "MKD", "NOR",
        "OMN", "PAK", "PLW", "PAN", "PNG", "PRY", "PER", "PHL", "POL", "PRT", "QAT", "KOR", "MDA", "ROU", "RUS", "RWA",
        "KNA", "LCA", "VCT", "WSM", "SMR", "STP", "SAU", "SEN", "SRB", "SYC", "SLE", "SGP", "SVK", "SVN", "SLB", "SOM",
        "ZAF", "SSD", "ESP", "LKA", "SDN", "SUR", "SWE", "CHE", "SYR", "TJK", "THA", "TLS", "TGO", "TON", "TTO", "TUN",
        "TUR", "TKM", "TUV", "UGA", "UKR", "ARE", "GBR", "TZA", "USA", "URY", "UZB", "VUT", "VEN", "VNM", "YEM", "ZMB",
        "ZWE",
    ];

    private static Gazetteer Shipped => Extracted.Knowledge.Gazetteer;

    private static IEnumerable<GazetteerRecord> RawRecords()
    {
        var folder = Path.Combine(ExtractionKnowledge.DefaultSeedsDirectory, "gazetteer");
        return Directory.GetFiles(folder, "*.gaz").Order(StringComparer.Ordinal)
            .SelectMany(f => GazetteerParser.Parse(File.ReadAllText(f), Path.GetFileName(f)));
    }

    [Fact]
    public void No_id_is_written_as_two_records_across_the_shipped_files()
    {
        var twice = RawRecords().GroupBy(r => r.Id)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} in {string.Join(", ", g.Select(r => r.SourceFile))}")
            .ToList();
        Assert.True(twice.Count == 0, string.Join("; ", twice));
    }

    [Fact]
    public void A_full_name_names_one_person_except_known_namesakes()
    {
        // Two Latvian politicians share this name; "King Abdullah" is both Saudi Arabia's and Jordan's.
        var namesakes = new HashSet<string>(StringComparer.OrdinalIgnoreCase) { "Andris Bērziņš", "Andris Berzins", "King Abdullah" };
        var shared = Shipped.Records.Where(r => r.Kind == ActorKind.Person)
            .SelectMany(r => r.Aliases.Append(r.Name).Distinct(StringComparer.OrdinalIgnoreCase).Select(n => (Name: n, r.Id)))
            .Where(x => !namesakes.Contains(x.Name))
            .GroupBy(x => x.Name, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Select(x => x.Id).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Id))}")
            .ToList();
        Assert.True(shared.Count == 0, string.Join("; ", shared));
    }

    [Fact]
    public void Every_office_belongs_to_a_known_state_or_organisation_and_ends_after_it_starts()
    {
        var bad = new List<string>();
        foreach (var person in Shipped.Records)
        {
            foreach (var office in person.Offices)
            {
                var holder = office.HolderOf.StartsWith("org/", StringComparison.Ordinal)
                    ? Shipped.Find(new ActorId(office.HolderOf)) is { Kind: ActorKind.Organisation }
                    : Shipped.State(office.HolderOf) is not null;
                if (!holder || office.To < office.From || !Enum.IsDefined(office.Role) || office.Title.Length == 0)
                {
                    bad.Add($"{person.Id}: {office.Title} | {office.HolderOf} | {office.Role} | {office.From} | {office.To}");
                }
            }
        }

        Assert.True(bad.Count == 0, string.Join("\n", bad));
    }

    [Fact]
    public void Every_un_member_is_a_state_record_with_a_head_of_state_on_1_june_2025()
    {
        Assert.Equal(193, UnMembers.Distinct().Count());
        var date = new DateOnly(2025, 6, 1);
        // Acting holders count: South Korea had only an acting president that day.
        var covered = Shipped.Records.SelectMany(r => r.Offices)
            .Where(o => o.Role is OfficeRole.HeadOfState or OfficeRole.SupremeLeader && o.Covers(date))
            .Select(o => o.HolderOf)
            .ToHashSet(StringComparer.Ordinal);
        var missing = UnMembers.Where(code => Shipped.State(code) is null || !covered.Contains(code)).ToList();
        Assert.True(missing.Count == 0, "no head of state: " + string.Join(" ", missing));
    }

    [Fact]
    public void Heads_of_state_on_a_date_are_the_people_in_office_then()
    {
        Assert.Equal("person/boris-yeltsin", Shipped.Holder("RUS", OfficeRole.HeadOfState, new DateOnly(1995, 1, 1))?.Id.Value);
        Assert.Equal("person/nelson-mandela", Shipped.Holder("ZAF", OfficeRole.HeadOfState, new DateOnly(1996, 1, 1))?.Id.Value);
        Assert.Equal("person/ferdinand-marcos-jr", Shipped.Holder("PHL", OfficeRole.HeadOfState, new DateOnly(2025, 6, 1))?.Id.Value);
        Assert.Equal("person/pope-leo-xiv", Shipped.Holder("VAT", OfficeRole.HeadOfState, new DateOnly(2025, 6, 1))?.Id.Value);
    }

    [Fact]
    public void Shipped_gazetteer_knows_at_least_600_organisations()
    {
        var organisations = Shipped.Records.Count(r => r.Kind == ActorKind.Organisation);
        Assert.True(organisations >= 600, $"{organisations} organisations");
    }

    [Theory]
    [InlineData("Houthi fighters fired", "org/houthis")]
    [InlineData("Yemen-based Houthis said", "org/houthis")]
    [InlineData("the SPLM/A signed", "org/splm")]
    [InlineData("UNITA rebels", "org/unita")]
    [InlineData("the Red Cross said", "org/icrc")]
    [InlineData("Muhammad Shehbaz Sharif met", "person/shehbaz-sharif")]
    [InlineData("Ferdinand Marcos Jr. met", "person/ferdinand-marcos-jr")]
    [InlineData("Fijian rebels", "country/FJI")]
    [InlineData("Sahrawi refugees", "country/ESH")]
    public void Name_from_news_resolves_to_its_actor(string text, string id)
    {
        var tokens = Tokenizer.Tokenize(text);
        var found = Enumerable.Range(0, tokens.Count)
            .SelectMany(i => Shipped.Names.MatchAt(tokens, i))
            .OrderByDescending(m => m.Length)
            .Select(m => m.Entry.Record.Id.Value)
            .FirstOrDefault();
        Assert.Equal(id, found);
    }
}
