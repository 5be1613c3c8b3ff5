namespace ActorGraph.Extraction.Actors;

/// <summary>Nouns that, after a state's adjective ("Russian troops"), name a sector of that state.</summary>
internal static class Sectors
{
    private static readonly Dictionary<string, string> Nouns = Build();

    /// <summary>The sector a folded noun names, if any.</summary>
    public static string? Of(string norm) => Nouns.GetValueOrDefault(norm);

    private static Dictionary<string, string> Build()
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        void Add(string sector, string words)
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                map[w] = sector;
            }
        }

        Add("military", "troops forces soldiers army armies military militaries navy navies marines bombers fighters generals commanders warplanes jets warships tanks artillery drones missiles paratroopers servicemen units battalions brigades airforce sailors pilots airmen peacekeepers warplanes submarines helicopters gunships aircraft navies garrison garrisons conscripts reservists");
        Add("government", "officials government governments authorities diplomats ministry administration leadership cabinet regime delegation negotiators embassy ministers envoy envoys ambassador ambassadors spokesman spokeswoman spokesperson ministries agencies representatives emissaries leaders");
        Add("legislature", "lawmakers legislators parliament parliamentarians mps senators congress congressmen legislature");
        Add("opposition", "opposition");
        Add("police", "police policemen guards");
        Add("judiciary", "court courts judges prosecutors judiciary tribunal tribunals");
        Add("rebels", "rebels militants insurgents separatists guerrillas militias militia gunmen extremists jihadists terrorists");
        Add("opposition", "dissidents activists");
        Add("civilians", "civilians protesters protestors demonstrators citizens residents students workers villagers refugees prisoners captives hostages detainees nationals settlers migrants pilgrims fishermen farmers villagers people");
        Add("business", "companies firms banks businesses exporters lenders");
        Add("media", "media journalists reporters broadcasters");
        return map;
    }
}
