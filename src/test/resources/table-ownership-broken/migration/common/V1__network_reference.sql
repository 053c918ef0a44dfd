create table partner (id varchar(60) primary key);
