--TEST--
a method's return TypeError names Class::method
--FILE--
<?php
class Repo { function count(): int { return "many"; } }
(new Repo)->count();
--EXITCODE--
255
--EXPECTF--
Fatal error: Uncaught TypeError: Repo::count(): Return value must be of type int, string returned in %s:2
Stack trace:
#0 %s(3): Repo->count()
#1 {main}
  thrown in %s on line 2
