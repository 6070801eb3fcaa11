"""The fixed texts for the embedder equivalence test (short queries, resume bullets, long job
descriptions past the 256-token limit, non-ASCII, odd formatting)."""

QUERIES = [
    "senior backend engineer remote",
    "python data scientist berlin",
    "react frontend developer",
    "kubernetes devops jobs",
    "entry level nurse night shift",
    "machine learning engineer NLP",
    "part-time accountant",
    "Go developer with gRPC",
    "product manager fintech startup",
    "warehouse forklift operator",
    "C++ embedded firmware",
    "UX designer Figma portfolio",
    "jobs",
    "SQL",
]

BULLETS = [
    "Led a team of 6 engineers to migrate a monolith to 14 NestJS microservices, cutting deploy time from 2 hours to 9 minutes.",
    "Designed PostgreSQL schemas and query plans that reduced p95 API latency by 63% for 2M daily users.",
    "Built a real-time fraud detection pipeline with Kafka, Flink and XGBoost processing 40k events per second.",
    "Managed a $1.2M annual budget and negotiated vendor contracts, saving 18% year over year.",
    "Mentored junior developers through code reviews, pair programming and weekly tech talks.",
    "Implemented CI/CD with GitHub Actions, Terraform and ArgoCD across 3 AWS regions.",
    "Cared for 12 patients per shift in a 30-bed cardiac step-down unit; trained 5 new graduate nurses.",
    "Wrote the onboarding documentation that shortened ramp-up for new hires from 6 weeks to 3.",
    "Increased organic traffic 240% in 10 months through technical SEO and content strategy.",
    "Reduced cloud spend by $300k/yr by right-sizing EC2 instances and adopting spot fleets.",
    "Shipped an iOS app in SwiftUI with 4.8 stars and 150k downloads in the first quarter.",
    "Automated month-end close reconciliation in Excel/VBA and NetSuite, removing 40 hours of manual work.",
    "Ran A/B tests on checkout flows (n=1.4M sessions) that lifted conversion by 3.1 percentage points.",
    "Operated forklifts and reach trucks safely for 5 years with zero recordable incidents.",
]

_JD_INTRO = (
    "About the role: We are looking for a Senior Software Engineer to join our Platform team. "
    "You will design, build and operate the services that power search, recommendations and "
    "billing for millions of customers across Europe and North America. "
)
_JD_RESP = (
    "Responsibilities: own services end to end from design documents to on-call; write clean, "
    "well-tested TypeScript and Go; improve observability with OpenTelemetry, Prometheus and "
    "Grafana; collaborate with product managers, designers and data scientists; review code and "
    "mentor engineers; take part in architecture discussions and incident reviews. "
)
_JD_REQ = (
    "Requirements: 5+ years of professional software development; strong knowledge of PostgreSQL, "
    "message queues (NATS, Kafka or RabbitMQ) and container orchestration with Kubernetes; "
    "experience with AWS or GCP; excellent written communication in English. Nice to have: "
    "Rust, gRPC, event sourcing, vector databases, experience in a high-growth startup. "
)
_JD_BENEFITS = (
    "What we offer: competitive salary and equity, 30 days of paid vacation, a yearly learning "
    "budget of 2,000 EUR, flexible working hours, remote-first culture with quarterly offsites, "
    "parental leave, a new laptop of your choice and a home office stipend. We are an equal "
    "opportunity employer and value diversity at our company. "
)

JOB_DESCRIPTIONS = [
    _JD_INTRO + _JD_RESP + _JD_REQ + _JD_BENEFITS,
    _JD_REQ + _JD_BENEFITS + _JD_INTRO + _JD_RESP + _JD_REQ,
    "Registered Nurse - Intensive Care Unit. " + (
        "The ICU nurse provides direct care to critically ill adults, monitors vital signs and "
        "ventilators, administers medications and titrates drips per protocol, documents in Epic, "
        "communicates with physicians and families, and responds to rapid-response calls. ") * 6
    + "Requirements: active RN license, BLS and ACLS certification, two years of acute care experience.",
    "Data Engineer (m/f/d) - " + " ".join(
        f"Day {i}: build and maintain batch and streaming pipelines in Spark, Airflow and dbt; "
        f"model data in Snowflake; ensure data quality with tests and alerts." for i in range(1, 9)),
    "Warehouse Associate. Shifts: mornings, evenings, weekends. " + (
        "Pick, pack and ship customer orders accurately; load and unload trucks; keep the "
        "warehouse clean and safe; use RF scanners and the WMS; lift up to 50 lbs. ") * 9,
    ("Staff Machine Learning Engineer, Search & Ranking. " + _JD_INTRO
     + "You will train and deploy learning-to-rank models, embeddings and cross-encoders, run "
       "offline evaluations (NDCG, MRR) and online experiments, and optimise inference on CPU "
       "and GPU with ONNX Runtime and TensorRT. " + _JD_REQ + _JD_BENEFITS),
    "Junior Accountant. " + _JD_BENEFITS * 4,
    "Vollzeit-Stelle als Projektleiter:in Bau. " + _JD_RESP + " Über uns: " + _JD_INTRO * 2 + _JD_REQ,
    "Short JD: Barista needed, weekend mornings, no experience required, training provided.",
]

NON_ASCII = [
    "Développeur·se full-stack confirmé(e) à Montréal — télétravail possible, café à volonté ☕",
    "Ingeniero de datos sénior en Bogotá: Python, Spark y señales de tráfico en tiempo real.",
    "Softwareentwickler (m/w/d) für Straßenbahn-Steuerungssysteme in Köln, Größe des Teams: 12.",
    "東京のスタートアップでバックエンドエンジニアを募集しています。Go と Kubernetes の経験が必要です。",
    "招聘高级前端工程师，熟悉 React、TypeScript，有大型项目经验者优先。",
    "백엔드 개발자 채용: Java, Spring Boot, 3년 이상 경력",
    "Разработчик Python в Москве, опыт работы с Django и PostgreSQL от 3 лет.",
    "مهندس برمجيات أول للعمل عن بعد في دبي",
    "🚀 We're hiring! 💼 Remote 🌍 | Rust 🦀 | Competitive pay 💰 | Apply now 👉",
    "Zoë O'Brien-Łukasiewicz — naïve résumé, coöperate, façade, jalapeño, smörgåsbord",
    "Ελληνικά: μηχανικός λογισμικού με εμπειρία σε Python",
    "Kỹ sư phần mềm tại Hà Nội, lương cạnh tranh",
]

ODD = [
    "   lots    of   internal    whitespace\tand\ttabs\nand\nnewlines   ",
    "C# .NET ASP.NET Core, Node.js, Vue.js & Next.js!!!",
    "https://example.com/jobs/12345?utm_source=newsletter&ref=abc",
    "ALL CAPS SENIOR DEVOPS ENGINEER URGENT HIRING",
    "salary: $120,000 - $150,000 / year + 15% bonus (USD)",
    "def embed(texts: list[str]) -> np.ndarray:  # code in a resume",
    "a",
    "!!! ??? ...",
]

TEXTS = QUERIES + BULLETS + JOB_DESCRIPTIONS + NON_ASCII + ODD
