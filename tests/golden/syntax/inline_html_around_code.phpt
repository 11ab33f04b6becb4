--TEST--
Inline text before and after a PHP block
--FILE--
before
<?php echo "inside\n"; ?>
after
--EXPECT--
before
inside
after
