--TEST--
WeakReference is final
--FILE--
<?php
class MyRef extends WeakReference {}
echo "not reached\n";
--EXITCODE--
255
--EXPECTF--
Fatal error: Class MyRef cannot extend final class WeakReference in %s on line 2
