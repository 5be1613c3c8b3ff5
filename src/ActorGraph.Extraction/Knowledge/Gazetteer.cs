using ActorGraph.Core.Actors;

namespace ActorGraph.Extraction.Knowledge;

/// <summary>All gazetteer records, merged by id, with a name index and office lookups by date.</summary>
public sealed class Gazetteer
{
    private readonly Dictionary<ActorId, GazetteerRecord> _byId;
    private readonly Dictionary<string, GazetteerRecord> _stateByCode;
    private readonly Dictionary<(string HolderOf, OfficeRole Role), List<(OfficeTerm Term, GazetteerRecord Person)>> _offices = [];
    private readonly Dictionary<string, List<(OfficeTerm Term, GazetteerRecord Person)>> _officesByTitle = new(StringComparer.Ordinal);

    /// <summary>Builds the gazetteer; later records with an id already seen extend the earlier one.</summary>
    public Gazetteer(IEnumerable<GazetteerRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        _byId = [];
        foreach (var record in records)
        {
            _byId[record.Id] = _byId.TryGetValue(record.Id, out var earlier) ? earlier.Extend(record) : record;
        }

        _stateByCode = _byId.Values.Where(r => r.Kind == ActorKind.State && r.Country is not null)
            .ToDictionary(r => r.Country!, StringComparer.Ordinal);
        Names = new NameIndex();
        foreach (var r in _byId.Values)
        {
            Names.Add(r.Name, NameKind.Full, r);
            foreach (var a in r.Aliases) { Names.Add(a, NameKind.Full, r); }
            foreach (var a in r.ShortNames) { Names.Add(a, r.Kind == ActorKind.Person ? NameKind.Short : NameKind.Full, r); }
            foreach (var a in r.Adjectives) { Names.Add(a, NameKind.Adjective, r); }
            foreach (var a in r.Demonyms) { Names.Add(a, NameKind.Demonym, r); }
            foreach (var a in r.Capitals) { Names.Add(a, NameKind.Capital, r); }
            foreach (var a in r.Seats) { Names.Add(a, NameKind.Seat, r); }
            foreach (var term in r.Offices)
            {
                var key = (term.HolderOf, term.Role);
                if (!_offices.TryGetValue(key, out var list)) { _offices[key] = list = []; }
                list.Add((term, r));
                var byTitle = (term.HolderOf + "|" + term.Title);
                if (!_officesByTitle.TryGetValue(byTitle, out var tl)) { _officesByTitle[byTitle] = tl = []; }
                tl.Add((term, r));
            }
        }
    }

    /// <summary>Every record, merged.</summary>
    public IReadOnlyCollection<GazetteerRecord> Records => _byId.Values;

    /// <summary>The name index.</summary>
    public NameIndex Names { get; }

    /// <summary>The record with an id, if any.</summary>
    public GazetteerRecord? Find(ActorId id) => _byId.GetValueOrDefault(id);

    /// <summary>The state record with an ISO alpha-3 code, if any.</summary>
    public GazetteerRecord? State(string code) => _stateByCode.GetValueOrDefault(code);

    /// <summary>Who held a role of a state or organisation on a date; when terms overlap, the latest to start.</summary>
    public GazetteerRecord? Holder(string holderOf, OfficeRole role, DateOnly date) =>
        _offices.TryGetValue((holderOf, role), out var list) ? Latest(list, date) : null;

    /// <summary>Who held an office under an exact title (<c>chancellor</c>) of a state or organisation on a date.</summary>
    public GazetteerRecord? HolderByTitle(string holderOf, string title, DateOnly date) =>
        _officesByTitle.TryGetValue(holderOf + "|" + title, out var list) ? Latest(list, date) : null;

    /// <summary>Whether a person held an office of a state or organisation (by id, <c>org/eu</c>) on a date.</summary>
    public bool HoldsOfficeIn(ActorId person, ActorId holderOf, DateOnly date) =>
        Find(person) is { } record && record.Offices.Any(o => o.Covers(date) && o.HolderOf == holderOf.Value);

    /// <summary>Whether a person held any office on a date.</summary>
    public static bool InOffice(GazetteerRecord person, DateOnly date) =>
        person.Offices.Any(o => o.Covers(date) && o.Role != OfficeRole.Other);

    private static GazetteerRecord? Latest(List<(OfficeTerm Term, GazetteerRecord Person)> list, DateOnly date)
    {
        GazetteerRecord? best = null;
        var bestFrom = DateOnly.MinValue;
        foreach (var (term, person) in list)
        {
            if (term.Covers(date) && term.From >= bestFrom && !term.Title.StartsWith("acting", StringComparison.Ordinal))
            {
                best = person;
                bestFrom = term.From;
            }
        }

        return best;
    }
}
