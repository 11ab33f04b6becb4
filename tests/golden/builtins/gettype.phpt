--TEST--
gettype names
--FILE--
<?php
echo gettype(1), " ", gettype(1.5), " ", gettype("s"), " ", gettype(true), " ", gettype(null), " ", gettype(NAN), "\n";
--EXPECT--
integer double string boolean NULL double
