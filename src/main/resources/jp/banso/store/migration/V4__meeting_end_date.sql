-- Banso schema v4: a meeting may last several days (現地支援 over two days): its last day, null for one day.
alter table meeting add column ends_on date;
