using Gongkai.Core.Agencies;
using Gongkai.Core.Appeals;
using Gongkai.Core.Catalog;
using Gongkai.Core.Requests;
using Gongkai.Data;

namespace Gongkai.Web.Tests.Reports;

/// <summary>
/// Years of generated work for an agency: catalog items, requests whose lives cross year boundaries
/// (received, replied or still open, fees noticed and paid), and review and litigation cases decided
/// in and out of each year. Seeded, so a failure repeats.
/// </summary>
public static class GeneratedYears
{
    public static readonly DateOnly From = new(2023, 6, 1);
    public static readonly DateOnly To = new(2025, 12, 31);

    /// <summary>A parent agency (a city government) and three departments under it.</summary>
    public static List<Agency> AddAgencies(GongkaiDbContext db)
    {
        var parent = new Agency { Name = "临江市人民政府", Level = AgencyLevel.City };
        db.Agencies.Add(parent);
        db.SaveChanges();
        var children = new[] { "临江市自然资源局", "临江市教育局", "临江市生态环境局" }
            .Select(n => new Agency { Name = n, Level = AgencyLevel.City, ParentId = parent.Id }).ToList();
        db.Agencies.AddRange(children);
        db.SaveChanges();
        return [parent, .. children];
    }

    /// <summary>Adds <paramref name="requests"/> requests, <paramref name="items"/> catalog items and <paramref name="appeals"/> cases for the agency.</summary>
    public static void AddWork(GongkaiDbContext db, Agency agency, Random random, int requests, int items, int appeals)
    {
        int span = To.DayNumber - From.DayNumber;
        var outcomes = ReplyOutcomes.All;
        for (int i = 0; i < requests; i++)
        {
            var received = From.AddDays(random.Next(span + 1));
            // A quarter still open at the horizon or closed after a year end: the lives cross years.
            DateOnly? closed = random.Next(8) == 0 ? null : received.AddDays(random.Next(0, 60));
            var request = new DisclosureRequest
            {
                AgencyId = agency.Id,
                TrackingNumber = $"G{agency.Id}-{i}",
                QueryCodeHash = "0",
                Applicant = new Applicant { Kind = (ApplicantKind)random.Next(6), Name = "申请人", IdNumber = "0", Phone = "0" },
                InformationWanted = "某文件",
                ReceivedOn = received,
                SubmittedAt = new DateTimeOffset(received.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero),
                State = closed is null ? CaseState.Processing : CaseState.Replied,
                IsOpen = closed is null,
                ClosedOn = closed,
                Outcome = closed is null ? null : outcomes[random.Next(outcomes.Count)].Key(),
            };
            if (random.Next(10) == 0)
            {
                var noticed = received.AddDays(random.Next(1, 10));
                request.Steps.Add(new RequestStep { Kind = StepKind.FeeNoticed, On = noticed, Amount = 100 * random.Next(1, 4) });
                if (random.Next(2) == 0)
                {
                    request.Steps.Add(new RequestStep { Kind = StepKind.FeePaid, On = noticed.AddDays(random.Next(1, 15)) });
                }
            }

            db.Requests.Add(request);
        }

        for (int i = 0; i < items; i++)
        {
            var written = From.AddDays(-400 + random.Next(span + 400));
            var genre = random.Next(3) switch { 0 => Genre.Regulation, 1 => Genre.NormativeDocument, _ => Genre.Plan };
            bool repealed = random.Next(5) == 0;
            db.Publications.Add(new Publication
            {
                AgencyId = agency.Id,
                IndexNumber = $"{agency.Id}-{i}",
                Title = $"文件{i}",
                IssuingAgency = agency.Name,
                WrittenOn = written,
                PublishedOn = written.AddDays(random.Next(1, 20)),
                Genre = genre,
                Validity = repealed ? ValidityState.Repealed : ValidityState.InForce,
                EndedOn = repealed ? written.AddDays(random.Next(30, 500)) : null,
                State = PublicationState.Published,
                Mode = DisclosureMode.Proactive,
            });
        }

        db.SaveChanges();
        var requestIds = db.Requests.Where(r => r.AgencyId == agency.Id).Select(r => r.Id).Take(appeals).ToList();
        for (int i = 0; i < appeals; i++)
        {
            var filed = From.AddDays(random.Next(span + 1));
            DateOnly? decided = random.Next(4) == 0 ? null : filed.AddDays(random.Next(30, 300));
            var kind = (AppealKind)random.Next(3);
            db.AppealCases.Add(new AppealCase
            {
                AgencyId = agency.Id,
                Kind = kind,
                RequestId = i % 3 == 0 ? null : requestIds[i],
                Decision = "答复书",
                ApplicantName = "申请人",
                BodyName = kind.IsLawsuit() ? "临江市人民法院" : "临江市人民政府",
                FiledOn = filed,
                CopyReceivedOn = filed.AddDays(3),
                DecidedOn = decided,
                Disposition = decided is null ? null : (Disposition)random.Next(10),
                CoDefendantOnly = kind == AppealKind.LawsuitAfterReview && random.Next(6) == 0,
            });
        }

        db.SaveChanges();
    }
}
