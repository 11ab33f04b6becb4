--TEST--
exit(-1) gives status 255
--FILE--
<?php
exit(-1);
--EXITCODE--
255
--EXPECT--
