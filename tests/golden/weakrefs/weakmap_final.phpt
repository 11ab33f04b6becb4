--TEST--
WeakMap cannot be extended
--FILE--
<?php
class MyMap extends WeakMap {}
--EXITCODE--
255
--EXPECTF--
Fatal error: Class MyMap cannot extend final class WeakMap in %s on line 2
