--TEST--
A line comment stops at ?>
--FILE--
<?php echo "a"; // comment ?> text after
<?php echo "b"; # comment ?>more
--EXPECT--
a text after
bmore
