-- TechEmpower's database for the db, queries, updates and fortunes tests, as its PostgreSQL set-up makes it:
-- unquoted names, so the tables are world(id, randomnumber) and fortune(id, message). Safe to run again: it
-- creates what is missing, leaves the world's numbers (the updates test changes them) and resets the fortunes.
-- run.sh applies it to the hello_world database with psql; the cairn-te module's test to a throwaway database.
CREATE TABLE IF NOT EXISTS world (
    id integer NOT NULL,
    randomNumber integer NOT NULL DEFAULT 0,
    PRIMARY KEY (id)
);
DELETE FROM world WHERE id < 1 OR id > 10000;
INSERT INTO world (id, randomnumber)
SELECT x.id, least(floor(random() * 10000 + 1), 10000) FROM generate_series(1, 10000) AS x(id)
ON CONFLICT (id) DO NOTHING;

CREATE TABLE IF NOT EXISTS fortune (
    id integer NOT NULL,
    message varchar(2048) NOT NULL,
    PRIMARY KEY (id)
);
DELETE FROM fortune;
INSERT INTO fortune (id, message) VALUES
    (1, 'fortune: No such file or directory'),
    (2, 'A computer scientist is someone who fixes things that aren''t broken.'),
    (3, 'After enough decimal places, nobody gives a damn.'),
    (4, 'A bad random number generator: 1, 1, 1, 1, 1, 4.33e+67, 1, 1, 1'),
    (5, 'A computer program does what you tell it to do, not what you want it to do.'),
    (6, 'Emacs is a nice operating system, but I prefer UNIX. — Tom Christaensen'),
    (7, 'Any program that runs right is obsolete.'),
    (8, 'A list is only as strong as its weakest link. — Donald Knuth'),
    (9, 'Feature: A bug with seniority.'),
    (10, 'Computers make very fast, very accurate mistakes.'),
    (11, '<script>alert("This should not be displayed in a browser alert box.");</script>'),
    (12, 'フレームワークのベンチマーク');
ANALYZE world;
ANALYZE fortune;
